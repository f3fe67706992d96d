/**
 * What a tester found read wrong for an Arabic or a French reader: the calendar's arrows pointed
 * the left-to-right way in Arabic; signing out brought the login page back in another language;
 * counts had no thousands separators; a French title under an Arabic name sat at the card's far
 * side; a country's tab said its code; a capped search's pager gave the cap as the count.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { signIn } from "./support/fixtures";

/** Whether the chevron in `link` points right on screen (its icon, turned by CSS or not). */
async function chevronPointsRight(link: Locator): Promise<boolean> {
  return link.locator("svg").evaluate((svg) => {
    const drawnRight = svg.classList.contains("lucide-chevron-right");
    // Tailwind's rotate-180 sets the CSS `rotate` property; a transform could turn it too.
    const style = getComputedStyle(svg);
    const turned = style.rotate === "180deg" || (style.transform !== "none" && new DOMMatrix(style.transform).a < 0);
    return drawnRight !== turned;
  });
}

test("the calendar's previous and next arrows follow the reading direction, as the meetings pager's do", async ({ page }) => {
  for (const [locale, previous, next, previousRight] of [
    ["ar", "السابق", "التالي", true],
    ["fr", "Précédent", "Suivant", false],
  ] as const) {
    const staff = await createTestUser("staff", { locale });
    await signIn(page, staff.email, staff.password);
    await page.goto("/calendar");
    const nav = page.getByRole("navigation", { name: locale === "ar" ? "تغيير الشهر" : "Changer de mois" });
    const previousLink = nav.locator("a[rel=prev]");
    const nextLink = nav.locator("a[rel=next]");
    await expect(previousLink).toContainText(previous);
    await expect(nextLink).toContainText(next);
    expect(await chevronPointsRight(previousLink), `${locale} previous`).toBe(previousRight);
    expect(await chevronPointsRight(nextLink), `${locale} next`).toBe(!previousRight);
    await page.context().clearCookies();
  }
});

async function signOutFromHeader(page: Page) {
  await page.getByTestId("app-header").getByRole("button", { name: "Se déconnecter" }).click();
}

test("signing out, from the header or the phone menu, brings the login page back in the user's language", async ({ browser }) => {
  for (const viewport of [{ width: 1366, height: 900 }, { width: 390, height: 844 }]) {
    // The browser asks for Arabic and holds no language cookie: only the account says French.
    const context = await browser.newContext({ locale: "ar-MA", viewport });
    const page = await context.newPage();
    const user = await createTestUser("staff", { locale: "fr" });
    await signIn(page, user.email, user.password);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    if (viewport.width < 1024) {
      await page.getByRole("button", { name: "Ouvrir le menu" }).click();
      await page.getByRole("dialog").getByRole("button", { name: "Se déconnecter" }).click();
    } else {
      await signOutFromHeader(page);
    }
    await expect(page).toHaveURL(/\/login/);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { level: 2 })).toHaveText("Connexion");
    await context.close();
  }
});

test("the supervisor's dashboard writes its counts with thousands separators", async ({ page }) => {
  // 1,203 open follow-ups of one meeting in a country no other test uses.
  withDb((db) => {
    const meeting = db.prepare("insert into meetings (starts_on, kind, country_code, topics) values ('1902', 'working_meeting', 'NR', 'Counts') returning id").get() as { id: number };
    const insert = db.prepare("insert into follow_up_actions (meeting_id, description, status, position) values (?, ?, 'open', ?)");
    db.transaction(() => {
      for (let i = 0; i < 1203; i++) insert.run(meeting.id, `Suivi ${i}`, i);
    })();
  });
  const supervisor = await createTestUser("supervisor", { locale: "ar" });
  await signIn(page, supervisor.email, supervisor.password);
  await page.goto("/?country=NR");
  await expect(page.getByTestId("follow-ups-open")).toHaveText("1,203");
  const followUps = page.getByTestId("follow-ups");
  await expect(followUps.getByText(/^و1,\d{3} أخرى\.$/)).toBeVisible();
});

test("a French title under an Arabic name sits under the name, on the reading side", async ({ page }) => {
  const meetingId = withDb((db) => {
    const person = db.prepare("insert into people (name) values ('سفير الاختبار') returning id").get() as { id: number };
    const meeting = db.prepare("insert into meetings (starts_on, kind, country_code) values ('2019-03-02', 'working_meeting', 'ES') returning id").get() as { id: number };
    db.prepare("insert into meeting_counterparts (meeting_id, person_id, title_at_meeting, position) values (?, ?, 'Ambassadeur', 0)").run(meeting.id, person.id);
    return meeting.id;
  });
  const staff = await createTestUser("staff", { locale: "ar" });
  await signIn(page, staff.email, staff.password);
  await page.goto(`/meetings/${meetingId}`);
  const name = page.getByRole("link", { name: "سفير الاختبار" });
  const title = page.getByText("Ambassadeur", { exact: true });
  await expect(title).toBeVisible();
  const textRight = await title.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return range.getBoundingClientRect().right;
  });
  const nameBox = (await name.boundingBox())!;
  expect(Math.abs(textRight - (nameBox.x + nameBox.width)), "the title ends where the name does (right, in Arabic)").toBeLessThan(4);
});

test("a country profile's tab names the country in the reader's language", async ({ page }) => {
  for (const [locale, name] of [["ar", "إسبانيا"], ["fr", "Espagne"]] as const) {
    const staff = await createTestUser("staff", { locale });
    await signIn(page, staff.email, staff.password);
    await page.goto("/countries/ES");
    const title = await page.title();
    expect(title).toContain(name);
    expect(title).not.toMatch(/\bES\b/);
    await page.context().clearCookies();
  }
});

test("a capped meetings search says 'more than 1,000' in its pager too", async ({ page }) => {
  withDb((db) => {
    const insert = db.prepare("insert into meetings (starts_on, kind, country_code, topics, search_text) values ('1903', 'working_meeting', 'TV', ?, ?)");
    db.transaction(() => {
      for (let i = 0; i < 1005; i++) insert.run(`Plafondtest ${i}`, `plafondtest ${i}`);
    })();
  });
  const staff = await createTestUser("staff", { locale: "ar" });
  await signIn(page, staff.email, staff.password);
  await page.goto("/meetings?q=Plafondtest");
  const pager = page.getByRole("navigation", { name: "الصفحات" }).first();
  await expect(pager).toContainText("أكثر من 1,000");
});
