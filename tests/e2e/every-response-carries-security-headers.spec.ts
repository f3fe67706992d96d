/**
 * Security headers on every kind of response, a page that will not load inside another site's
 * frame, and cross-origin or oversized writes refused before anything is written.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type APIResponse, type Response } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { signIn } from "./support/fixtures";

function expectStaticHeaders(headers: Record<string, string>, what: string) {
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("same-origin");
  expect(headers["permissions-policy"], what).toContain("camera=()");
}

function expectPageCsp(headers: Record<string, string>, what: string) {
  const csp = headers["content-security-policy"] ?? "";
  const scriptSrc = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";
  expect(scriptSrc, what).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(scriptSrc, what).not.toContain("unsafe-inline");
  expect(csp, what).toContain("frame-ancestors 'none'");
}

test("every page kind, API route, redirect and static asset carries the security headers, and pages run under a nonce CSP", async ({ page, request }) => {
  const violations: string[] = [];
  // The Permissions-Policy names only features Chromium knows: an unknown one ("bluetooth") is a
  // console warning on every page.
  const unknownFeatures: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
    if (/Unrecognized feature/i.test(message.text())) unknownFeatures.push(message.text());
  });
  // Anonymous: a redirect, the login page, the health check, next-auth's session route.
  const redirect = await request.get("/projects", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expectStaticHeaders(redirect.headers(), "redirect");
  for (const path of ["/api/health", "/api/auth/session", "/api/auth/csrf"]) {
    const response = await request.get(path);
    expect(response.ok(), path).toBe(true);
    expectStaticHeaders(response.headers(), path);
  }
  const login = (await page.goto("/login"))!;
  expectStaticHeaders(await login.allHeaders(), "/login");
  expectPageCsp(await login.allHeaders(), "/login");

  const staff = await createTestUser("staff");
  await signIn(page, staff.email, staff.password);
  const projectId = withDb((db) => (db.prepare("select id from projects where archived_at is null order by id limit 1").get() as { id: number }).id);
  const meetingId = withDb((db) => (db.prepare("select id from meetings where archived_at is null order by id limit 1").get() as { id: number }).id);
  const pages = ["/", "/meetings", "/meetings/new", `/meetings/${meetingId}`, "/projects", `/projects/${projectId}`, "/agreements", "/organisations", "/people", "/countries/PT", "/no-such-page"];
  const nonces = new Set<string>();
  for (const path of pages) {
    const response: Response = (await page.goto(path))!;
    const headers = await response.allHeaders();
    expectStaticHeaders(headers, path);
    expectPageCsp(headers, path);
    nonces.add(/'nonce-([^']+)'/.exec(headers["content-security-policy"]!)![1]!);
    // Next's own scripts carry this request's nonce, and the page is interactive (hydrated).
    const scriptNonce = await page.locator("script[src]").first().evaluate((s) => (s as HTMLScriptElement).nonce);
    expect(headers["content-security-policy"], path).toContain(`'nonce-${scriptNonce}'`);
  }
  expect(nonces.size, "a fresh nonce for each request").toBe(pages.length);
  await page.goto("/meetings/new");
  await expect(page.locator("header nav")).toBeVisible();
  // A static asset (next.config.js headers).
  const asset = await page.locator("script[src*='/_next/static/']").first().getAttribute("src");
  const assetResponse: APIResponse = await request.get(asset!);
  expect(assetResponse.ok()).toBe(true);
  expectStaticHeaders(assetResponse.headers(), asset!);
  expect(violations).toEqual([]);
  expect(unknownFeatures).toEqual([]);
});

test("a page of the app refuses to load inside another local site's frame", async ({ page, baseURL }) => {
  const staff = await createTestUser("supervisor");
  await signIn(page, staff.email, staff.password);
  const framing = http.createServer((_, res) => {
    res.setHeader("content-type", "text/html");
    res.end(`<!doctype html><title>other site</title><iframe id="victim" src="${baseURL}/validation" width="800" height="600"></iframe>`);
  });
  await new Promise<void>((resolve) => framing.listen(0, "127.0.0.1", resolve));
  try {
    const port = (framing.address() as AddressInfo).port;
    const framed = page.waitForResponse((r) => r.url().startsWith(`${baseURL}/validation`));
    await page.goto(`http://127.0.0.1:${port}/`);
    await framed;
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    // Chromium replaces a refused frame with its error page: nothing of the app is in it.
    await expect.poll(async () => frame.locator("header nav, button").count().catch(() => 0)).toBe(0);
    expect(frame.url()).not.toContain("/validation");
  } finally {
    framing.close();
  }
});

test("a cross-origin write is refused with 403 and an oversized body with 413, and nothing is written", async ({ request, baseURL }) => {
  const staff = await createTestUser("staff");
  const before = withDb((db) => (db.prepare("select count(*) as n from audit_log").get() as { n: number }).n);
  const crossOrigin = await request.post("/meetings/new", {
    headers: { origin: "http://evil.example", "next-action": "0".repeat(42), "content-type": "text/plain" },
    data: "[]",
  });
  expect(crossOrigin.status()).toBe(403);
  const oversized = await request.post("/meetings/new", {
    headers: { origin: baseURL!, "next-action": "0".repeat(42), "content-type": "text/plain" },
    data: "x".repeat(1024 * 1024 + 1),
  });
  expect(oversized.status()).toBe(413);
  const crossSignIn = await request.post("/api/auth/callback/credentials", {
    headers: { origin: "http://evil.example" },
    form: { email: staff.email, password: staff.password },
  });
  expect(crossSignIn.status()).toBe(403);
  expect(withDb((db) => (db.prepare("select count(*) as n from audit_log").get() as { n: number }).n)).toBe(before);
});
