import { expect, test } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { signIn } from "./support/fixtures";
import { recordMeeting } from "./support/meeting-form";

// The server runs under TZ=America/New_York (playwright.config.ts) and this browser under Asia/Riyadh:
// a date that went through either time zone would come back a day off.
test("a meeting's date comes back exactly as entered after save, reload and edit", async ({ page }) => {
  expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe("Asia/Riyadh");
  const staff = await createTestUser("staff");
  await signIn(page, staff.email, staff.password);

  await page.goto("/meetings/new");
  const id = await recordMeeting(page, "ar", { date: "2019-01-01", newPersonName: `منطقة زمنية ${Date.now()}` });
  await expect(page.getByTestId("meeting-date")).toHaveText("1 يناير 2019");
  await page.reload();
  await expect(page.getByTestId("meeting-date")).toHaveText("1 يناير 2019");

  await page.goto(`/meetings/${id}/edit`);
  await expect(page.getByRole("textbox", { name: "التاريخ", exact: true })).toHaveValue("01/01/2019");
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${id}$`));
  await expect(page.getByTestId("meeting-date")).toHaveText("1 يناير 2019");
  expect(withDb((db) => db.prepare("select starts_on from meetings where id = ?").get(id))).toEqual({ starts_on: "2019-01-01" });
});

test("a month-precision date stays a month: no day is invented", async ({ page }) => {
  const staff = await createTestUser("staff");
  await signIn(page, staff.email, staff.password);
  await page.goto("/meetings/new");
  const id = await recordMeeting(page, "ar", {
    date: "04/2017",
    newPersonName: `دقة الشهر ${Date.now()}`,
  });
  await expect(page.getByTestId("meeting-date")).toHaveText("أبريل 2017");
  await page.goto(`/meetings/${id}/edit`);
  await expect(page.getByRole("textbox", { name: "التاريخ", exact: true })).toHaveValue("04/2017");
  expect(withDb((db) => db.prepare("select starts_on from meetings where id = ?").get(id))).toEqual({ starts_on: "2017-04" });
});
