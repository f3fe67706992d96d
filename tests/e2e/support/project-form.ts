/** Working the project pages as a person does, with the Arabic labels. */
import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Opens a Radix select by its label (within `scope`) and picks an option with the keyboard (as a
 * keyboard user does): in a long list, a mouse click can land while the list is still scrolling
 * the option into view.
 */
export async function chooseIn(page: Page, scope: Page | Locator, label: string, option: string | RegExp) {
  const trigger = scope.getByRole("combobox", { name: label, exact: true });
  await trigger.click();
  await page.getByRole("option", { name: option }).first().press("Enter");
  await expect(page.getByRole("listbox")).toBeHidden();
}

/**
 * Picks in a searchable list (ComboboxField: countries, organisations) within `scope`: opens it,
 * types `typed` in its search box ("بحث: <label>"), then clicks the option. Pass `typed: null`
 * for a choice that runs an action (e.g. "+ جهة جديدة…"): it is listed whatever is typed.
 */
export async function searchIn(page: Page, scope: Page | Locator, label: string, option: string, typed: string | null = option) {
  await scope.getByRole("combobox", { name: label, exact: true }).click();
  if (typed !== null) await page.getByRole("combobox", { name: `بحث: ${label}`, exact: true }).fill(typed);
  await page.getByRole("option", { name: option, exact: true }).click();
  await expect(page.getByRole("listbox")).toBeHidden();
}

/** Sets a date typed at a precision (lib/dates/partial-date-input.ts partialDateInputSchema). */
export async function fillPartialDate(page: Page, scope: Page | Locator, label: string, precision: "يوم" | "شهر" | "سنة", value: string) {
  await chooseIn(page, scope, `دقة التاريخ: ${label}`, precision);
  await scope.getByLabel(label, { exact: true }).fill(value);
}

export type MilestoneDraft = {
  title: string;
  precision: "يوم" | "شهر" | "سنة";
  plannedOn: string;
  kind?: string;
};

/** Adds a milestone from the project page's dialog and waits until its row is listed. */
export async function addMilestone(page: Page, draft: MilestoneDraft) {
  await page.getByRole("button", { name: "إضافة نشاط أو محطة" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("textbox", { name: "العنوان", exact: true }).fill(draft.title);
  if (draft.kind) await chooseIn(page, dialog, "النوع", draft.kind);
  await fillPartialDate(page, dialog, "التاريخ المتوقع", draft.precision, draft.plannedOn);
  await dialog.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(milestoneRow(page, draft.title)).toBeVisible();
}

/** The milestones table's row of a milestone, by its title. */
export function milestoneRow(page: Page, title: string): Locator {
  return page.getByTestId("milestone-row").filter({ hasText: title });
}

/** The projects list's row of a project, by its acronym. */
export function projectRow(page: Page, acronym: string): Locator {
  return page.getByTestId("project-row").filter({ has: page.getByRole("link", { name: acronym, exact: true }) });
}
