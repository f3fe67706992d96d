import { expect, test, type Page } from "@playwright/test";
import { createTestUser } from "./support/db";
import { signIn } from "./support/fixtures";
import { recordMeeting } from "./support/meeting-form";
import { uniqueLabel } from "./support/workspaces";

/**
 * Opens the meetings queue on the page that holds the entry: it lists the oldest change first, a
 * page at a time, so the entry just made is on the last page, or a little before it when other
 * stories running alongside have added entries since.
 */
async function openQueueAt(page: Page, meetingId: number) {
  await page.goto("/validation?type=meeting&page=100000");
  const row = page.getByTestId(`queue-meeting-${meetingId}`);
  for (let back = 0; back < 5 && (await row.count()) === 0; back += 1) {
    const previous = await page.locator('a[rel="prev"]').getAttribute("href");
    if (!previous) break;
    await page.goto(previous);
  }
  return row;
}

test("a supervisor sends a staff entry back with a comment, staff corrects it, the supervisor validates it", async ({ browser }) => {
  const staff = await createTestUser("staff");
  const supervisor = await createTestUser("supervisor");
  const counterpart = uniqueLabel("Interlocuteur");
  const comment = `تاريخ اللقاء غير دقيق ${Date.now()}`;

  // Staff records a meeting: it is new, waiting for validation, and not among validated meetings.
  const staffContext = await browser.newContext();
  const staffPage = await staffContext.newPage();
  await signIn(staffPage, staff.email, staff.password);
  await staffPage.goto("/meetings/new");
  const meetingId = await recordMeeting(staffPage, "ar", { date: "2026-11-02", newPersonName: counterpart, topics: "تتبع" });
  await expect(staffPage.getByTestId("validation-panel")).toContainText("جديد");
  await staffPage.goto(`/meetings?q=${encodeURIComponent(counterpart)}&validated=1`);
  await expect(staffPage.getByRole("link", { name: counterpart })).toHaveCount(0);

  // The supervisor finds it in the queue and sends it back; a comment is required.
  const supervisorContext = await browser.newContext();
  const supervisorPage = await supervisorContext.newPage();
  await signIn(supervisorPage, supervisor.email, supervisor.password);
  await supervisorPage.getByRole("link", { name: /^المصادقة/ }).click();
  const row = await openQueueAt(supervisorPage, meetingId);
  await expect(row).toContainText(counterpart);
  await row.getByRole("button", { name: `إرجاع مع ملاحظة: ${counterpart}` }).click();
  const dialog = supervisorPage.getByRole("dialog");
  // The dialog's close button is named in the reader's language (it said "Close" on every page).
  await expect(dialog.getByRole("button", { name: "إغلاق", exact: true })).toBeVisible();
  await dialog.getByRole("button", { name: "إرجاع مع الملاحظة" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("التعليق إلزامي لهذا القرار.");
  await dialog.getByLabel("ما الذي يجب تصحيحه؟").fill(comment);
  await dialog.getByRole("button", { name: "إرجاع مع الملاحظة" }).click();
  await expect(row).toHaveCount(0);
  await supervisorPage.getByRole("link", { name: "أرجعت إلى الموظفين" }).click();
  await expect(supervisorPage.getByTestId(`queue-meeting-${meetingId}`)).toContainText(comment);

  // Staff sees it sent back, with the comment, corrects it; it is back in the queue as edited.
  await staffPage.goto("/");
  await expect(staffPage.getByTestId("sent-back")).toContainText(counterpart);
  await expect(staffPage.getByTestId("sent-back")).toContainText(comment);
  await staffPage.goto(`/meetings/${meetingId}`);
  await expect(staffPage.getByTestId("validation-comment")).toHaveText(comment);
  await staffPage.goto(`/meetings/${meetingId}/edit`);
  await staffPage.getByLabel("المواضيع المتناولة", { exact: true }).fill("تتبع، بعد التصحيح");
  await staffPage.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(staffPage).toHaveURL(new RegExp(`/meetings/${meetingId}$`));
  await expect(staffPage.getByTestId("validation-panel")).toContainText("معدل، غير مصادق عليه");

  // The supervisor validates it from the meeting's page; the history says so.
  await expect(await openQueueAt(supervisorPage, meetingId)).toContainText("معدل، غير مصادق عليه");
  await supervisorPage.goto(`/meetings/${meetingId}`);
  await supervisorPage.getByTestId("validation-panel").getByRole("button", { name: "مصادقة" }).click();
  await expect(supervisorPage.getByTestId("validation-status")).toHaveText("مصادق عليه");
  await expect(supervisorPage.getByTestId("history")).toContainText("مصادقة");
  await supervisorContext.close();

  // Staff cannot validate (no buttons), and the validated-only list now shows it.
  await staffPage.goto(`/meetings/${meetingId}`);
  await expect(staffPage.getByTestId("validation-panel").getByRole("button")).toHaveCount(0);
  await staffPage.goto(`/meetings?q=${encodeURIComponent(counterpart)}&validated=1`);
  await expect(staffPage.getByRole("link", { name: counterpart })).toBeVisible();
  await staffContext.close();
});
