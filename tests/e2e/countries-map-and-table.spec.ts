/**
 * Countries are in the navigation: a world map shaded by cooperation activity beside a sortable
 * table (which works without the map); each country opens its profile.
 */
import { expect, test } from "@playwright/test";
import { createTestUser } from "./support/db";
import { signIn } from "./support/fixtures";

test("staff open the countries page, sort the table and open a country's profile from the map and from the table", async ({ page }) => {
  const staff = await createTestUser("staff", { locale: "ar" });
  await signIn(page, staff.email, staff.password);
  await page.getByRole("navigation", { name: "القائمة الرئيسية" }).getByRole("link", { name: "البلدان" }).click();
  await expect(page).toHaveURL(/\/countries$/);
  await expect(page.locator("main h1")).toHaveText("البلدان");

  const map = page.getByTestId("countries-map");
  await expect(map.locator("svg path").first()).toBeVisible();
  // Partner countries link to their profile; Morocco is drawn whole and is not a partner.
  await expect(map.locator('a[href="/countries/ES"] path[data-country="ES"]')).toHaveCount(1);
  await expect(map.locator('path[data-country="MA"]')).toHaveCount(1);
  await expect(map.locator('path[data-country="EH"]')).toHaveCount(0);
  // Countries with nothing on record are the base image's (one cached file), not the page's.
  const base = map.getByTestId("countries-map-base");
  await expect.poll(() => base.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1920);
  const baseResponse = await page.request.get((await base.getAttribute("src"))!);
  expect(baseResponse.headers()["content-type"]).toContain("image/svg+xml");
  expect(baseResponse.headers()["cache-control"]).toContain("immutable");
  expect((await baseResponse.text()).match(/<path /g)!.length).toBeGreaterThan(160);
  const shaded = await map.locator("svg path").count();
  expect(shaded).toBe((await map.locator("svg a path").count()) + 1);
  expect(shaded).toBeLessThan(60);

  const rows = page.getByTestId("country-row");
  const totals = await rows.locator("td:last-child").allTextContents();
  expect(totals.map(Number)).toEqual([...totals.map(Number)].sort((a, b) => b - a));
  await page.getByTestId("countries-table").getByRole("link", { name: "البلد", exact: true }).click();
  await expect(page).toHaveURL(/sort=name&dir=asc/);
  const names = await rows.locator("td:first-child").allTextContents();
  expect(names).toEqual([...names].sort(new Intl.Collator("ar").compare));

  await rows.getByRole("link", { name: "السودان", exact: true }).click();
  await expect(page).toHaveURL(/\/countries\/SD$/);
  await page.goBack();
  await map.locator('a[href="/countries/ES"]').click();
  await expect(page).toHaveURL(/\/countries\/ES$/);
});

test("the map's shapes are drawn on the server: no map data is sent as script", async ({ page }) => {
  const staff = await createTestUser("staff", { locale: "ar" });
  await signIn(page, staff.email, staff.password);
  const scripts: number[] = [];
  page.on("response", async (response) => {
    if (response.request().resourceType() === "script") scripts.push((await response.body()).length);
  });
  await page.goto("/countries");
  await expect(page.getByTestId("countries-map").locator("svg path").first()).toBeVisible();
  const html = await page.content();
  expect(html).not.toContain('"arcs"');
  // No script carries the world-atlas topology (about 100 KB on its own).
  for (const size of scripts) expect(size).toBeLessThan(400_000);
});
