import { expect, test } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { signIn } from "./support/fixtures";
import { recordMeeting } from "./support/meeting-form";

test("a stale edit is refused with a clear message and the other person's change survives", async ({ browser }) => {
  const [first, second] = [await createTestUser("staff", { name: "Fatima" }), await createTestUser("staff", { name: "Youssef" })];
  const firstContext = await browser.newContext();
  const secondContext = await browser.newContext();
  const firstPage = await firstContext.newPage();
  const secondPage = await secondContext.newPage();
  await signIn(firstPage, first.email, first.password);
  await signIn(secondPage, second.email, second.password);

  await firstPage.goto("/meetings/new");
  const id = await recordMeeting(firstPage, "ar", { date: "2018-06-10", newPersonName: `تعارض ${Date.now()}`, topics: "النص الأصلي" });

  // Both open the edit form of the same version.
  await firstPage.goto(`/meetings/${id}/edit`);
  await secondPage.goto(`/meetings/${id}/edit`);
  const topics = (page: typeof firstPage) => page.getByLabel("المواضيع المتناولة", { exact: true });
  await expect(topics(secondPage)).toHaveValue("النص الأصلي");

  // The first saves.
  await topics(firstPage).fill("تعديل فاطمة");
  await firstPage.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(firstPage).toHaveURL(new RegExp(`/meetings/${id}$`));

  // The second, still on the old version, is refused; what they typed stays in the form.
  await topics(secondPage).fill("تعديل يوسف");
  await secondPage.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(secondPage.locator("[data-slot=alert]")).toContainText("قام شخص آخر بحفظ هذا السجل بعد أن فتحته");
  // The Save button is at the bottom of a long form: the message is brought into view.
  await expect(secondPage.locator("[data-slot=alert]")).toBeInViewport();
  await expect(secondPage).toHaveURL(new RegExp(`/meetings/${id}/edit$`));
  await expect(topics(secondPage)).toHaveValue("تعديل يوسف");

  const stored = withDb((db) => db.prepare("select topics, version, updated_by from meetings where id = ?").get(id));
  expect(stored).toEqual({ topics: "تعديل فاطمة", version: 2, updated_by: first.id });
  await firstPage.reload();
  await expect(firstPage.getByText("تعديل فاطمة")).toBeVisible();
  await firstContext.close();
  await secondContext.close();
});
