import { expect, test } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { signIn } from "./support/fixtures";

/**
 * A meeting can be stored with no counterpart (an import row, a merged or archived person). Its page
 * still says what it is in the heading, in the reader's language, instead of an empty <h1>, its
 * counterparts card shows a dash as the page's other empty fields do, those dashes follow the
 * page's direction, and the list shows a dash in its counterparts column.
 */
test("a meeting with no counterpart has a heading in Arabic and in French", async ({ browser }) => {
  const id = withDb(
    (db) => (db.prepare("insert into meetings (starts_on, kind, country_code) values ('2019-05-14', 'working_meeting', 'ES') returning id").get() as { id: number }).id,
  );
  for (const [locale, heading, section] of [
    ["ar", "لقاء لم يُسجَّل فيه محاور", "المحاورون وصفاتهم آنذاك"],
    ["fr", "Rencontre sans interlocuteur enregistré", "Interlocuteurs et leurs fonctions à la date"],
  ] as const) {
    const user = await createTestUser("staff", { locale });
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, user.email, user.password);
    await page.goto(`/meetings/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    // The counterparts card says there is none rather than standing empty.
    await expect(page.locator("[data-slot=card]").filter({ has: page.getByRole("heading", { level: 2, name: section }) })).toContainText("—");
    // Its empty summary fields are dashes that sit where the page's writing starts (a bare dash
    // written dir="auto" would be laid out left to right, at the far end of an Arabic page).
    const directions = await page.locator("dl dd").evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell).direction));
    expect(directions).toEqual(directions.map(() => (locale === "ar" ? "rtl" : "ltr")));
    // On the list, its counterparts cell says none too.
    await page.goto(`/meetings?from=2019-05-14&to=2019-05-14&country=ES`);
    const row = page.locator("tbody tr").filter({ has: page.locator(`a[href="/meetings/${id}"]`) });
    await expect(row.locator("td").nth(1)).toHaveText("—");
    await context.close();
  }
});
