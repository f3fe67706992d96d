/**
 * On a phone a project's milestones are stacked cards: a value that does not say what it is (the
 * place, the date it was done, the linked meeting, or "—" for none) is preceded by its column's
 * name (a card read "ورشة برلين، ألمانيا منجز — —"); on a desk the table's headings name them and
 * the cells carry nothing more.
 */
import { expect, test } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { signIn } from "./support/fixtures";

const recoming = () => withDb((db) => (db.prepare("select id from projects where acronym = 'Recoming'").get() as { id: number }).id);

/** The text each labelled cell of the first milestone row puts before its value. */
async function labels(page: import("@playwright/test").Page) {
  return page
    .getByTestId("milestone-row")
    .first()
    .locator("td[data-label]")
    .evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell, "::before").content));
}

for (const [locale, words] of [
  ["ar", ['"المكان: "', '"التاريخ الفعلي: "']],
  ["fr", ['"Lieu\u00a0: "', '"Date effective\u00a0: "']],
] as const) {
  test(`a milestone card on a phone names its place and its date done (${locale})`, async ({ page }) => {
    const staff = await createTestUser("staff", { locale });
    await signIn(page, staff.email, staff.password);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/projects/${recoming()}`);
    const shown = await labels(page);
    for (const word of words) expect(shown).toContain(word);

    await page.setViewportSize({ width: 1366, height: 900 });
    expect(new Set(await labels(page))).toEqual(new Set(["none"]));
  });
}
