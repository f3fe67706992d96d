/** Working the project pages as a person does, with the Arabic labels. */
import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Picks an option of a fixed choice (the browser's own select) by its label within `scope`, and
 * checks that the select now shows it.
 */
export async function chooseIn(_page: Page, scope: Page | Locator, label: string, option: string | RegExp) {
  const select = scope.getByRole("combobox", { name: label, exact: true });
  const texts = await select.locator("option").allTextContents();
  const text = texts.find((t) => (typeof option === "string" ? t === option : option.test(t)));
  expect(text, `an option ${option} in ${texts.join(" | ")}`).toBeDefined();
  await select.selectOption({ label: text! });
  await expect(select.locator("option:checked")).toHaveText(text!);
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

/** Types a date the Moroccan way (12/01/2026, 04/2017, 2016; ISO too): its precision is what is typed. */
export async function fillPartialDate(scope: Page | Locator, label: string, value: string) {
  await scope.getByRole("textbox", { name: label, exact: true }).fill(value);
}

export type MilestoneDraft = {
  title: string;
  /** As typed: `15/03/2020` (a day), `04/2020` (a month), `2020` (a year), or ISO. */
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
  await fillPartialDate(dialog, "التاريخ المتوقع", draft.plannedOn);
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
