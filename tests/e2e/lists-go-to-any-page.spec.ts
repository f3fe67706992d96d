/**
 * A long list can be walked from either end and entered at any page: its pager links to the first
 * and last pages and has a field for a page's number (a plain form, which keeps the filters), so
 * a deep page (at 100,000 meetings the list has 5,000 pages) no longer takes editing the URL.
 */
import { expect, test } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { signIn } from "./support/fixtures";

test("staff walk a country's meetings by the first, last and go-to controls, in Arabic, the filter kept", async ({ page }) => {
  const pages = withDb((db) => {
    const insert = db.prepare("insert into meetings (starts_on, kind, country_code, city) values (?, 'working_meeting', 'TV', 'Funafuti')");
    for (let i = 0; i < 65; i++) insert.run(`2001-01-${String((i % 28) + 1).padStart(2, "0")}`);
    const n = (db.prepare("select count(*) as n from meetings where country_code = 'TV' and archived_at is null").get() as { n: number }).n;
    return Math.ceil(n / 20);
  });
  expect(pages).toBeGreaterThanOrEqual(4);
  const staff = await createTestUser("staff", { locale: "ar" });
  await signIn(page, staff.email, staff.password);
  await page.goto("/meetings?country=TV");
  const pager = page.getByRole("navigation", { name: "الصفحات" });
  await expect(pager.getByRole("link", { name: "الأولى" })).toHaveCount(0);
  await expect(pager.getByRole("link", { name: "الأخيرة" })).toBeVisible();

  await pager.getByLabel("الانتقال إلى الصفحة").fill("2");
  await pager.getByRole("button", { name: "انتقال" }).click();
  await expect(page).toHaveURL(/[?&]country=TV(&|$)/);
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  await expect(pager).toContainText(`الصفحة 2 من ${pages}`);
  // Page 2: "previous" is the first page, so no "first" of its own; "last" is further than "next".
  await expect(pager.getByRole("link", { name: "الأولى" })).toHaveCount(0);

  await pager.getByRole("link", { name: "الأخيرة" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]page=${pages}(&|$)`));
  await expect(page).toHaveURL(/[?&]country=TV(&|$)/);
  await expect(pager.getByRole("link", { name: "الأخيرة" })).toHaveCount(0);
  await expect(pager.getByRole("link", { name: "التالي" })).toHaveCount(0);
  await pager.getByRole("link", { name: "الأولى" }).click();
  await expect(page).toHaveURL(/\/meetings\?country=TV$/);
});
