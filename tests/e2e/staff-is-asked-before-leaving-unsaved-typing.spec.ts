/**
 * Typing in a record's form is no longer lost without a word (a tester typed a person, clicked
 * the header's "Meetings" and the typing was gone). Following a link asks first, in the reader's
 * language; saying no keeps the typing; closing the tab gets the browser's own question; once the
 * form is saved, or when nothing was typed, nothing asks.
 */
import { expect, test, type Dialog, type Page } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { signIn, untilInteractive } from "./support/fixtures";
import { uniqueLabel } from "./support/workspaces";

const confirmInArabic = "لم تُحفَظ التغييرات التي أدخلتها في هذه الاستمارة. هل تريد مغادرة الصفحة وفقدانها؟";

/** Every dialog the page opens, answered by `answer` (Playwright would dismiss them unseen). */
function recordDialogs(page: Page, answer: (dialog: Dialog) => Promise<void>) {
  const seen: { type: string; message: string }[] = [];
  page.on("dialog", (dialog) => {
    seen.push({ type: dialog.type(), message: dialog.message() });
    void answer(dialog);
  });
  return seen;
}

const headerLink = (page: Page, href: string) => page.getByTestId("app-header").locator(`nav a[href="${href}"]`).first();

test("a header link asks, in Arabic, before it takes a typed person away; no keeps the typing; after saving nothing asks", async ({ page }) => {
  const staff = await createTestUser("staff", { locale: "ar" });
  await signIn(page, staff.email, staff.password);
  await page.goto("/people/new");
  const form = page.locator("main form").first();
  await untilInteractive(form);
  const typed = uniqueLabel("شخص لم يحفظ");
  const name = page.getByLabel("الاسم (بخطه الأصلي)");
  await name.fill(typed);
  await expect(form).toHaveAttribute("data-unsaved", "true");

  const dialogs = recordDialogs(page, (dialog) => dialog.dismiss());
  await headerLink(page, "/meetings").click();
  await expect.poll(() => dialogs.length).toBe(1);
  expect(dialogs[0]).toEqual({ type: "confirm", message: confirmInArabic });
  await expect(page).toHaveURL(/\/people\/new$/);
  await expect(name).toHaveValue(typed);

  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(page).toHaveURL(/\/people\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(typed);
  await headerLink(page, "/meetings").click();
  await expect(page).toHaveURL(/\/meetings$/);
  expect(dialogs).toHaveLength(1);
});

test("saying yes to the question follows the link", async ({ page }) => {
  const staff = await createTestUser("staff", { locale: "ar" });
  await signIn(page, staff.email, staff.password);
  const organisation = withDb((db) => (db.prepare("select id from organisations where archived_at is null and merged_into_id is null order by id limit 1").get() as { id: number }).id);
  await page.goto(`/organisations/${organisation}/edit`);
  const form = page.locator("main form").first();
  await untilInteractive(form);
  await form.getByLabel("المختصر", { exact: true }).fill("مختصر لم يحفظ");
  await expect(form).toHaveAttribute("data-unsaved", "true");
  const dialogs = recordDialogs(page, (dialog) => dialog.accept());
  await headerLink(page, "/projects").click();
  await expect(page).toHaveURL(/\/projects$/);
  expect(dialogs).toEqual([{ type: "confirm", message: confirmInArabic }]);
});

test("closing the tab of a meeting with unsaved typing gets the browser's own question", async ({ page }) => {
  const staff = await createTestUser("staff", { locale: "ar" });
  await signIn(page, staff.email, staff.password);
  const meeting = withDb((db) => (db.prepare("select id from meetings where archived_at is null order by id limit 1").get() as { id: number }).id);
  await page.goto(`/meetings/${meeting}/edit`);
  const form = page.locator("main form").first();
  await untilInteractive(form);
  await page.getByLabel("المواضيع المتناولة").fill("مواضيع لم تحفظ");
  await expect(form).toHaveAttribute("data-unsaved", "true");
  const dialogs = recordDialogs(page, (dialog) => dialog.accept());
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => dialogs.map((d) => d.type)).toEqual(["beforeunload"]);
  await expect.poll(() => page.isClosed()).toBe(true);
});

test("a record form opened and left untouched asks nothing", async ({ page }) => {
  test.setTimeout(120_000);
  const staff = await createTestUser("staff", { locale: "ar" });
  await signIn(page, staff.email, staff.password);
  const first = (table: string, where = "archived_at is null") =>
    withDb((db) => (db.prepare(`select id from ${table} where ${where} order by id limit 1`).get() as { id: number }).id);
  const forms = [
    "/meetings/new",
    `/meetings/${first("meetings")}/edit`,
    "/projects/new",
    `/projects/${first("projects")}/edit`,
    `/people/${first("people", "archived_at is null and merged_into_id is null")}/edit`,
    `/organisations/${first("organisations", "archived_at is null and merged_into_id is null")}/edit`,
    "/agreements/new",
    `/agreements/${first("agreements")}/edit`,
  ];
  const dialogs = recordDialogs(page, (dialog) => dialog.dismiss());
  for (const path of forms) {
    await page.goto(path);
    const form = page.locator("main form").first();
    await untilInteractive(form);
    await expect(form, path).not.toHaveAttribute("data-unsaved");
    await headerLink(page, "/").click();
    await expect(page, path).toHaveURL(/\/$/);
  }
  expect(dialogs).toEqual([]);
});
