import { expect, test, type Page } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { signIn, untilInteractive } from "./support/fixtures";
import { insertMeeting, insertPerson, unique } from "./support/agreements";

/** The meeting form's counterpart row n (a fieldset named "المحاور 1", "المحاور 2"…). */
const counterpartRow = (page: Page, n: number) => page.getByRole("group", { name: `المحاور ${n}`, exact: true });

test("French, on a phone: a refused date on an edit takes focus and the screen to the date field", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const staff = await createTestUser("staff", { locale: "fr" });
  const person = insertPerson(`Persona Foco ${unique()}`);
  const meeting = insertMeeting("2026-01-12", [{ personId: person, title: "Ministre" }]);
  await signIn(page, staff.email, staff.password);
  await page.goto(`/meetings/${meeting}/edit`);
  const date = page.getByRole("textbox", { name: "Date", exact: true });
  await untilInteractive(date);
  await date.fill("45/13/2026");
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(date).toBeFocused();
  await expect(date).toBeInViewport();
  await expect(date).toHaveAttribute("aria-invalid", "true");
});

test("Arabic: with two errors, focus goes to the first in the form's order (the date), not to the person picker", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const staff = await createTestUser("staff");
  await signIn(page, staff.email, staff.password);
  await page.goto("/meetings/new");
  const date = page.getByRole("textbox", { name: "التاريخ", exact: true });
  await untilInteractive(date);
  await date.fill("45/13/2026");
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(page.getByRole("combobox", { name: "الشخص", exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(date).toBeFocused();
  await expect(date).toBeInViewport();
});

test("Arabic, on a phone: a server refusal takes focus to the refused field, not only to the message above the form", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const staff = await createTestUser("staff");
  const name = `شخص مؤرشف ${unique()}`;
  const person = insertPerson(name);
  const meeting = insertMeeting("2026-02-03", [{ personId: person, title: "وزير" }]);
  await signIn(page, staff.email, staff.password);
  await page.goto(`/meetings/${meeting}/edit`);
  const picker = page.getByRole("combobox", { name: "الشخص", exact: true });
  await expect(picker).toContainText(name);
  await untilInteractive(picker);
  // Someone archives the person while the form is open: the browser's check passes, the server's refuses.
  withDb((db) => db.prepare("update people set archived_at = ? where id = ?").run(new Date().toISOString(), person));
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(page.getByRole("alert").first()).toBeVisible();
  await expect(picker).toHaveAttribute("aria-invalid", "true");
  await expect(picker).toBeFocused();
  await expect(picker).toBeInViewport();
});

test("a new person left without a name is refused under the name field, which takes focus", async ({ page }) => {
  const staff = await createTestUser("staff");
  await signIn(page, staff.email, staff.password);
  await page.goto("/meetings/new");
  const picker = page.getByRole("combobox", { name: "الشخص", exact: true });
  await untilInteractive(picker);
  await picker.click();
  await page.getByRole("option", { name: "+ شخص جديد", exact: true }).click();
  const newName = page.getByRole("textbox", { name: "الاسم (بكتابته الأصلية)", exact: true });
  await expect(newName).toBeVisible();
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(newName).toHaveAttribute("aria-invalid", "true");
  await expect(newName).toHaveAccessibleDescription("هذا الحقل إلزامي.");
  await expect(newName).toBeFocused();
  await expect(page).toHaveURL(/\/meetings\/new$/);
});

test("with the keyboard, a name typed in the picker becomes the new person's name, with focus in it", async ({ page }) => {
  const staff = await createTestUser("staff");
  await signIn(page, staff.email, staff.password);
  await page.goto("/meetings/new");
  const picker = page.getByRole("combobox", { name: "الشخص", exact: true });
  await untilInteractive(picker);
  await picker.focus();
  await page.keyboard.press("Enter");
  const search = page.locator("[data-slot=popover-content]").getByRole("combobox");
  await expect(search).toBeFocused();
  const typed = `خوسيه غارسيا تجريبي ${Date.now()}`;
  await page.keyboard.type(typed);
  // No one is called so: once the server has answered, "+ new person" is the highlighted choice.
  await expect(page.getByRole("option", { name: "+ شخص جديد", exact: true })).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  const newName = page.getByRole("textbox", { name: "الاسم (بكتابته الأصلية)", exact: true });
  await expect(newName).toBeFocused();
  await expect(newName).toHaveValue(typed);
});

test("a counterpart row just added is not shown in error until it is left or the form is sent", async ({ page }) => {
  const staff = await createTestUser("staff");
  await signIn(page, staff.email, staff.password);
  await page.goto("/meetings/new");
  const add = page.getByRole("button", { name: "إضافة محاور", exact: true });
  await untilInteractive(add);
  await add.click();
  const second = counterpartRow(page, 2).getByRole("combobox", { name: "الشخص", exact: true });
  await expect(second).toBeVisible();
  // The form checks its rows when one is added (the schema loads first): give that check time to
  // land, then the untouched row must still be clean.
  await page.waitForTimeout(2_000);
  await expect(second).not.toHaveAttribute("aria-invalid", "true");
  await expect(counterpartRow(page, 2).getByRole("alert")).toHaveCount(0);

  // Leaving the row's picker empty marks it.
  await second.focus();
  await page.keyboard.press("Tab");
  await expect(second).toHaveAttribute("aria-invalid", "true");

  // After a refused save, a row added then is clean too, until it is left or the form is sent again.
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(counterpartRow(page, 1).getByRole("combobox", { name: "الشخص", exact: true })).toHaveAttribute("aria-invalid", "true");
  await add.click();
  const third = counterpartRow(page, 3).getByRole("combobox", { name: "الشخص", exact: true });
  await expect(third).toBeVisible();
  await page.waitForTimeout(2_000);
  await expect(third).not.toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(third).toHaveAttribute("aria-invalid", "true");
});
