import { expect, test } from "@playwright/test";
import { signIn } from "./support/fixtures";

async function search(page: import("@playwright/test").Page, query: string) {
  await page.goto("/meetings");
  await page.getByLabel("بحث", { exact: true }).fill(query);
  await page.getByRole("button", { name: "تطبيق" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(query).replace(/%20/g, "\\+")}`));
}

test.beforeEach(async ({ page }) => {
  await signIn(page, "staff@taawun.test");
});

test("a word typed with a hamza (الإمارات) finds the seed meeting whose text has none (والاماراتية)", async ({ page }) => {
  await search(page, "الإمارات");
  await expect(page.locator("tbody")).toContainText("ناصر بن تهاني");
});

test("typed with a hamza, it finds a word the source wrote without one (الإفريقي → الافريقي)", async ({ page }) => {
  await search(page, "الإفريقي");
  const rows = page.locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("يحيى سانغاري");
});

test("and the reverse: typed without a hamza, it finds text written with one (احمد → أحمد)", async ({ page }) => {
  await search(page, "احمد حسين");
  const rows = page.locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("أحمد حسين");
});

test("tatweel and ta marbuta do not matter, and filters stay in the URL", async ({ page }) => {
  await search(page, "سفيـره هولندا");
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await expect(page.locator("tbody")).toContainText("Désirée BONIS");
  await page.reload();
  await expect(page.getByLabel("بحث", { exact: true })).toHaveValue("سفيـره هولندا");
});

test("filters by country, kind, event and date range live in the URL and paginate", async ({ page }) => {
  await page.goto("/meetings?country=BE");
  await expect(page.locator("tbody tr")).toHaveCount(3);
  await page.goto("/meetings?from=2018-12-06&to=2018-12-06");
  // The seven side meetings of the GFMD span 5–7 December 2018.
  await expect(page.locator("tbody tr")).toHaveCount(7);
  await page.goto("/meetings?kind=bilateral_committee");
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await expect(page.locator("tbody")).toContainText("19–20 دجنبر 2016");
});
