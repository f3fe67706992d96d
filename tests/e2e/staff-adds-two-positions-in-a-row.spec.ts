/**
 * Forms that stay on screen draw a new idempotency key after each create: a person recorded once
 * (cleaned of invisible characters) gets two positions added one after the other from the same
 * dialog, and both are stored.
 */
import { expect, test } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { signIn } from "./support/fixtures";

test("staff records a person, then adds two positions in a row from the same dialog", async ({ page }) => {
  const staff = await createTestUser("staff");
  await signIn(page, staff.email, staff.password);
  await page.goto("/people/new");
  const name = `سارة البقالي ${Date.now()}`;
  // A right-to-left override and a zero-width space typed (or pasted) into the name are dropped.
  await page.getByRole("textbox", { name: "الاسم (بخطه الأصلي)" }).fill(`\u202E${name}\u200B`);
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(page).toHaveURL(/\/people\/\d+$/);
  const personId = Number(new URL(page.url()).pathname.split("/").pop());
  expect(withDb((db) => db.prepare("select name from people where id = ?").get(personId))).toEqual({ name });

  for (const title of ["سفيرة", "وزيرة منتدبة"]) {
    await page.getByRole("button", { name: "إضافة منصب" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("textbox", { name: "الصفة" }).fill(title);
    await dialog.getByRole("button", { name: "حفظ", exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(title, { exact: true })).toBeVisible();
  }
  const titles = withDb((db) => db.prepare("select title from positions where person_id = ? order by id").all(personId));
  expect(titles).toEqual([{ title: "سفيرة" }, { title: "وزيرة منتدبة" }]);
});
