import { expect, test } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { signIn, untilInteractive } from "./support/fixtures";
import { insertMeeting, insertPerson, unique } from "./support/agreements";

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
