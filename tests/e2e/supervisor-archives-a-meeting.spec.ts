import { expect, test } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { signIn } from "./support/fixtures";
import { recordMeeting } from "./support/meeting-form";

test("a supervisor archives a meeting: it leaves the list but stays in the database; staff cannot", async ({ browser }) => {
  const staff = await createTestUser("staff");
  const staffContext = await browser.newContext();
  const staffPage = await staffContext.newPage();
  await signIn(staffPage, staff.email, staff.password);
  await staffPage.goto("/meetings/new");
  const name = `للأرشفة ${Date.now()}`;
  const id = await recordMeeting(staffPage, "ar", { date: "2017-02-02", city: "الرباط", country: "إسبانيا", newPersonName: name });
  // The place is where it was held; the counterpart's country is not mixed into it.
  await expect(staffPage.locator("dd").first()).toHaveText("الرباط");
  await expect(staffPage.getByRole("button", { name: "أرشفة", exact: true })).toHaveCount(0);
  await staffContext.close();

  const supervisor = await createTestUser("supervisor");
  const page = await (await browser.newContext()).newPage();
  await signIn(page, supervisor.email, supervisor.password);
  await page.goto(`/meetings/${id}`);
  await page.getByRole("button", { name: "أرشفة", exact: true }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "أرشفة", exact: true }).click();
  await expect(page).toHaveURL(/\/meetings$/);
  await page.goto(`/meetings?q=${encodeURIComponent(name)}`);
  await expect(page.locator("tbody tr")).toHaveCount(0);
  const stored = withDb((db) => db.prepare("select archived_at is not null as archived, version from meetings where id = ?").get(id));
  expect(stored).toEqual({ archived: 1, version: 2 });
});
