/**
 * A list in view costs the server one page, not one request per link: while the meetings list and
 * a project page sit open (scrolled to the end), the browser prefetches only the header's
 * navigation, never a record's link (components/ui/link.tsx). Following a record link is still a
 * client-side navigation: the document is not loaded again.
 */
import { expect, test, type Page, type Request } from "@playwright/test";
import { createTestUser } from "./support/db";
import { signIn } from "./support/fixtures";
import { projectIdOf } from "./support/workspaces";

/** The paths the browser prefetches (Next's `next-router-prefetch` requests) while `open` runs and 2 s after. */
async function prefetchedWhile(page: Page, open: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const onRequest = (request: Request) => {
    if (request.headers()["next-router-prefetch"]) seen.push(new URL(request.url()).pathname);
  };
  page.on("request", onRequest);
  await open();
  await page.mouse.wheel(0, 5000);
  await page.waitForTimeout(2000);
  page.off("request", onRequest);
  return seen;
}

test("the meetings list and a project page prefetch only the header's navigation; a row link still navigates in place", async ({ page }) => {
  const staff = await createTestUser("staff", { locale: "fr" });
  await signIn(page, staff.email, staff.password);
  const navigation = await page.getByTestId("app-header").locator("nav a").evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(navigation.length).toBeGreaterThan(3);

  const onList = await prefetchedWhile(page, () => page.goto("/meetings"));
  const rowLinks = page.locator("tbody a");
  expect(await rowLinks.count()).toBeGreaterThan(19);
  expect(onList.filter((path) => !navigation.includes(path))).toEqual([]);

  const onProject = await prefetchedWhile(page, () => page.goto(`/projects/${projectIdOf("Recoming")}`));
  expect(onProject.filter((path) => !navigation.includes(path))).toEqual([]);

  // Client-side navigation: a value set on the window survives following a meeting's link.
  await page.goto("/meetings");
  await page.evaluate(() => Object.assign(window, { __taawunSameDocument: true }));
  const firstMeeting = page.locator('tbody a[href^="/meetings/"]').first();
  const href = await firstMeeting.getAttribute("href");
  await firstMeeting.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  // The meeting's page is on screen (its sections' headings; the list has none).
  await expect(page.locator("main article h2").first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __taawunSameDocument?: boolean }).__taawunSameDocument)).toBe(true);
});
