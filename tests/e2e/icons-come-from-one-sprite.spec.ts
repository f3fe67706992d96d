/**
 * Icons are references into one cached sprite (/icons.svg), not paths in every page: every icon
 * of a page names a symbol the sprite holds, and the sprite is served to anyone (the login page
 * draws icons too) with a long cache life.
 */
import { expect, test, request as playwrightRequest } from "@playwright/test";
import { signIn } from "./support/fixtures";

async function iconRefs(page: import("@playwright/test").Page) {
  return page.locator("svg.lucide").evaluateAll((svgs) => svgs.map((svg) => ({ href: svg.querySelector("use")?.getAttribute("href") ?? "", paths: svg.querySelectorAll("path").length })));
}

test("every icon of a page is a <use> of a symbol in the one public, cached sprite", async ({ page, baseURL }) => {
  await page.goto("/login");
  const login = await iconRefs(page);
  await signIn(page, "staff@taawun.test");
  await page.goto("/meetings");
  const meetings = await iconRefs(page);
  expect(login.length).toBeGreaterThan(0);
  expect(meetings.length).toBeGreaterThan(5);
  const refs = [...login, ...meetings];
  for (const ref of refs) expect(ref).toMatchObject({ href: expect.stringMatching(/^\/icons\.svg\?v=[0-9a-f]{8}#[a-z0-9-]+$/), paths: 0 });
  const urls = new Set(refs.map((ref) => ref.href.split("#")[0]));
  expect(urls.size).toBe(1);

  const anonymous = await playwrightRequest.newContext({ baseURL });
  const response = await anonymous.get([...urls][0]!, { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("image/svg+xml");
  expect(response.headers()["cache-control"]).toContain("immutable");
  const sprite = await response.text();
  for (const id of new Set(refs.map((ref) => ref.href.split("#")[1]))) expect(sprite).toMatch(new RegExp(`<symbol id="${id}" viewBox="0 0 24 24"><`));
  await anonymous.dispose();
});
