/**
 * Dates are typed day/month/year, the Moroccan way, whatever the interface language; the precision
 * is what was typed. The server runs in New York and this browser in Riyadh (playwright.config.ts):
 * nothing shifts.
 */
import { expect, test } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { signIn } from "./support/fixtures";
import { recordMeeting } from "./support/meeting-form";

const storedDate = (id: number) => withDb((db) => db.prepare("select starts_on from meetings where id = ?").get(id));

for (const [typed, stored, shown] of [
  ["12/01/2026", "2026-01-12", "12 يناير 2026"],
  ["04/2017", "2017-04", "أبريل 2017"],
  ["2016", "2016", "2016"],
] as const) {
  test(`typing ${typed} into a meeting's date in Arabic stores ${stored}`, async ({ page }) => {
    const staff = await createTestUser("staff", { locale: "ar" });
    await signIn(page, staff.email, staff.password);
    await page.goto("/meetings/new");
    // The browser's own date control (mm/dd/yyyy) is never shown.
    await expect(page.locator('input[type="date"], input[type="month"]')).toHaveCount(0);
    const id = await recordMeeting(page, "ar", { date: typed, newPersonName: `تاريخ مغربي ${typed} ${Date.now()}` });
    expect(storedDate(id)).toEqual({ starts_on: stored });
    await expect(page.getByTestId("meeting-date")).toHaveText(shown);
    await page.goto(`/meetings/${id}/edit`);
    await expect(page.getByRole("textbox", { name: "التاريخ", exact: true })).toHaveValue(typed);
  });
}

test("an impossible date is refused in place, in the user's language, and stays as typed", async ({ page }) => {
  const staff = await createTestUser("staff", { locale: "ar" });
  await signIn(page, staff.email, staff.password);
  await page.goto("/meetings/new");
  const date = page.getByRole("textbox", { name: "التاريخ", exact: true });
  await date.fill("31/04/2026");
  await date.blur();
  await expect(date).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("هذا التاريخ غير موجود في التقويم (مثلا 31/04 أو 29/02 في سنة بسيطة).")).toBeVisible();
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(page).toHaveURL(/\/meetings\/new$/);
  await expect(date).toHaveValue("31/04/2026");
  await expect(date).toHaveAttribute("aria-invalid", "true");
});

test("the picker names the months the Moroccan way, with Latin digits, and gives the precision chosen", async ({ page }) => {
  const staff = await createTestUser("staff", { locale: "ar" });
  await signIn(page, staff.email, staff.password);
  await page.goto("/meetings/new");
  await page.getByRole("button", { name: "اختيار التاريخ: التاريخ", exact: true }).click();
  const picker = page.getByTestId("date-picker");
  const months = picker.getByRole("group", { name: "الأشهر" }).getByRole("button");
  await expect(months).toHaveText(["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]);
  await months.nth(7).click();
  await picker.getByRole("button", { name: /^شهر غشت \d{4} كاملا$/ }).click();
  await expect(page.getByRole("textbox", { name: "التاريخ", exact: true })).toHaveValue(/^08\/\d{4}$/);
});

test("in French too, 05/12/2018 is the fifth of December", async ({ page }) => {
  const staff = await createTestUser("staff", { locale: "fr" });
  await signIn(page, staff.email, staff.password);
  await page.goto("/meetings/new");
  const id = await recordMeeting(page, "fr", { date: "05/12/2018", newPersonName: `Date marocaine ${Date.now()}` });
  expect(storedDate(id)).toEqual({ starts_on: "2018-12-05" });
});
