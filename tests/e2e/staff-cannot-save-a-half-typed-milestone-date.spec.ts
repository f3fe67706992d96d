import { expect, test } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { signIn } from "./support/fixtures";

/**
 * QA finding: a half-typed day in the milestone dialog read as "" from the native date input and
 * was saved as an undated milestone. The typed date input keeps what was typed (`12`), which is
 * refused in place with the date error.
 */
test("a half-typed milestone date is refused with a field error, not saved undated", async ({ page }) => {
  const staff = await createTestUser("staff");
  const projectId = withDb((db) => (db.prepare("select id from projects where acronym = ?").get("Recoming") as { id: number }).id);
  await signIn(page, staff.email, staff.password);
  await page.goto(`/projects/${projectId}`);
  const title = `محطة نصف تاريخ ${Date.now()}`;

  await page.getByRole("button", { name: "إضافة نشاط أو محطة" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("textbox", { name: "العنوان", exact: true }).fill(title);
  const planned = dialog.getByRole("textbox", { name: "التاريخ المتوقع", exact: true });
  await planned.click();
  await planned.press("1");
  await planned.press("2");
  await expect(planned).toHaveValue("12");

  await dialog.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(dialog).toBeVisible();
  await expect(planned).toHaveAttribute("aria-invalid", "true");
  await expect(dialog.getByText("اكتب التاريخ يوم/شهر/سنة (12/01/2026) أو شهر/سنة (04/2017) أو السنة وحدها (2016).")).toBeVisible();
  expect(withDb((db) => db.prepare("select count(*) n from activities where title = ?").get(title))).toEqual({ n: 0 });
});
