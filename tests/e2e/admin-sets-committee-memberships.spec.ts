import { expect, test, type Page } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { signIn } from "./support/fixtures";
import { addCommitteeMembership, projectIdOf, uniqueLabel } from "./support/workspaces";

/**
 * Adds a project with the keyboard alone: Enter opens the picker, the words are typed, and once the
 * server's answer holds only `option` (highlighted from the first), Enter takes it.
 */
async function addProject(page: Page, typed: string, option: RegExp) {
  const picker = page.getByRole("combobox", { name: "إضافة مشروع", exact: true });
  await picker.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("combobox", { name: "بحث: إضافة مشروع" })).toBeFocused();
  await page.keyboard.type(typed);
  const options = page.locator("[data-slot=popover-content]").getByRole("option");
  await expect(options).toHaveCount(1);
  await expect(options.first()).toHaveAccessibleName(option);
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page.locator("[data-slot=popover-content]")).toBeHidden();
  await expect(picker).toBeFocused();
}

test("in Arabic the admin sees a committee member's projects only, adds two by typing an acronym or an Arabic title, removes one, and the saved list is the one shown after a reload", async ({ page }) => {
  const member = await createTestUser("committee", { name: uniqueLabel("عضو لجنة") });
  addCommitteeMembership(member.id, projectIdOf("Recoming"));
  addCommitteeMembership(member.id, projectIdOf("RECOSA"));
  const projectsInDatabase = withDb((db) => (db.prepare("select count(*) as n from projects").get() as { n: number }).n);
  expect(projectsInDatabase).toBeGreaterThan(2);

  await signIn(page, "admin@taawun.test");
  await page.goto(`/admin/users/${member.id}`);
  const current = page.getByRole("list", { name: "لجان القيادة الحالية" });
  const entries = current.getByRole("listitem");

  // One entry per membership, each with its acronym and title; no checkbox per project of the database.
  await expect(entries).toHaveCount(2);
  await expect(page.locator("main input[type=checkbox]")).toHaveCount(0);
  await expect(entries.filter({ hasText: "RECOSA" })).toContainText("تحسين ظروف عيش المهاجرين");
  await expect(entries.filter({ hasText: "Recoming" })).toContainText("تعزيز قدرات الجماعات المحلية");

  // By part of the Arabic title, typed without its hamza; then by part of the acronym.
  await addProject(page, "امودو", /Amoudou/);
  await addProject(page, "Maghrib", /MaghribBelgium/);
  await expect(entries).toHaveCount(4);
  await expect(entries.filter({ hasText: "Amoudou" })).toContainText("أمودو");
  await expect(page.getByText("لم تُحفظ التغييرات بعد.")).toBeVisible();

  // Removing one puts the focus on the next entry's remove button.
  await page.getByRole("button", { name: "إزالة RECOSA", exact: true }).click();
  await expect(entries).toHaveCount(3);
  await expect(entries.filter({ hasText: "RECOSA" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "إزالة Recoming", exact: true })).toBeFocused();

  await page.getByRole("button", { name: "حفظ العضوية" }).click();
  await expect(page.getByRole("status").filter({ hasText: "تم الحفظ." })).toBeVisible();

  await page.reload();
  await expect(entries).toHaveCount(3);
  for (const acronym of ["Recoming", "Amoudou", "MaghribBelgium Impulse"]) await expect(entries.filter({ hasText: acronym })).toHaveCount(1);
  await expect(entries.filter({ hasText: "RECOSA" })).toHaveCount(0);
  const stored = withDb((db) =>
    (db.prepare("select p.acronym from steering_committee_memberships scm join projects p on p.id = scm.project_id where scm.user_id = ? order by p.acronym").all(member.id) as { acronym: string }[]).map((r) => r.acronym),
  );
  expect(stored).toEqual(["Amoudou", "MaghribBelgium Impulse", "Recoming"]);
});
