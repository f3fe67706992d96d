import { expect, test } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { signIn } from "./support/fixtures";

/**
 * A meeting can be stored with no counterpart (an import row, a merged or archived person). Its page
 * still says what it is in the heading, in the reader's language, instead of an empty <h1>, its
 * counterparts card shows a dash as the page's other empty fields do, and those dashes follow the
 * page's direction.
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
    await context.close();
  }
});
