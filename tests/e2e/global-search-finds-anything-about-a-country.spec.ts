/**
 * One search box for everything: from "السودان" or "Soudan", staff find Sudan's profile, the
 * memorandum with Sudan and the state secretary's meeting, grouped by kind, by keyboard; a
 * steering-committee member finds nothing outside their committees' projects.
 */
import { expect, test, type Page } from "@playwright/test";
import { createTestUser } from "./support/db";
import { openSearchDialog, signIn } from "./support/fixtures";
import { addCommitteeMembership, projectIdOf } from "./support/workspaces";

async function search(page: Page, text: string) {
  const dialog = await openSearchDialog(page);
  await expect(dialog).toHaveAccessibleName("بحث");
  await dialog.getByRole("combobox").fill(text);
  return dialog;
}

for (const typed of ["السودان", "Soudan"]) {
  test(`staff find Sudan's profile, its memorandum and its state secretary's meeting from "${typed}"`, async ({ page }) => {
    const staff = await createTestUser("staff", { locale: "ar" });
    await signIn(page, staff.email, staff.password);
    const dialog = await search(page, typed);
    const results = dialog.getByTestId("search-results");
    await expect(results.getByTestId("search-group-countries").getByRole("option", { name: "السودان", exact: true })).toBeVisible();
    await expect(results.getByTestId("search-group-agreements").getByRole("option", { name: /مذكرة تفاهم .* — السودان/ })).toBeVisible();
    await expect(results.getByTestId("search-group-meetings").getByRole("option", { name: /عصام عوض متولي/ })).toBeVisible();
    // Grouped by kind, countries first; the keyboard opens the first one.
    await expect(results.locator("[cmdk-group-heading]").first()).toHaveText("البلدان");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/countries\/SD$/);
    await expect(dialog).toBeHidden();
  });
}

test("on a French page, a meeting found by its Arabic counterpart reads left to right, its names isolated", async ({ page }) => {
  const staff = await createTestUser("staff", { locale: "fr" });
  await signIn(page, staff.email, staff.password);
  const dialog = await openSearchDialog(page);
  await expect(dialog).toHaveAccessibleName("Recherche");
  await dialog.getByRole("combobox").fill("متولي");
  const label = dialog.getByTestId("search-group-meetings").getByRole("option").first().locator("span").first();
  await expect(label).toContainText("عصام عوض متولي");
  // The names sit in Unicode isolates and the label takes the page's direction, not its first
  // name's: before, a list of names "A, B et C" came out reversed on a French page.
  expect(await label.evaluate((el) => [getComputedStyle(el).direction, el.textContent?.startsWith("\u2068")])).toEqual(["ltr", true]);
});

test("the search is opened from the header and moves by arrow keys", async ({ page }) => {
  const staff = await createTestUser("staff", { locale: "ar" });
  await signIn(page, staff.email, staff.password);
  await page.getByRole("button", { name: "بحث في كل السجلات (Ctrl+K)" }).click();
  const dialog = page.getByRole("dialog", { name: "بحث" });
  await dialog.getByRole("combobox").fill("متولي");
  const meeting = dialog.getByTestId("search-group-meetings").getByRole("option").first();
  await expect(meeting).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/(meetings|people)\/\d+$/);
});

test("a committee member finds only their committees' projects", async ({ page }) => {
  const member = await createTestUser("committee", { locale: "ar" });
  addCommitteeMembership(member.id, projectIdOf("Recoming"));
  await signIn(page, member.email, member.password);
  let dialog = await search(page, "السودان");
  await expect(dialog.getByText("لا شيء يطابق هذا البحث.")).toBeVisible();
  await dialog.getByRole("combobox").fill("RECOSA");
  await expect(dialog.getByText("لا شيء يطابق هذا البحث.")).toBeVisible();
  await dialog.getByRole("combobox").fill("Recoming");
  await expect(dialog.getByTestId("search-group-projects").getByRole("option", { name: /Recoming/ })).toBeVisible();
  await expect(dialog.locator("[cmdk-group-heading]")).toHaveText(["المشاريع"]);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  dialog = await search(page, "Soudan");
  await expect(dialog.getByText("لا شيء يطابق هذا البحث.")).toBeVisible();
});
