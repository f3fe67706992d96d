import { expect, test, type Page } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { signIn } from "./support/fixtures";

/** Prints the briefing to a PDF as Chromium does (A4 from the page's own @page rule). */
async function printBriefing(page: Page): Promise<Buffer> {
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: "screen" });
  return pdf;
}

test("the profile of Spain lists its meetings, projects, forum editions and agreements, and its briefing prints in Arabic", async ({ page }) => {
  const staff = await createTestUser("staff", { locale: "ar" });
  await signIn(page, staff.email, staff.password);

  // From the meetings list, the country cell leads to the profile.
  await page.goto("/meetings?country=ES");
  await page.locator("tbody tr").first().getByRole("link", { name: "إسبانيا" }).click();
  await expect(page).toHaveURL(/\/countries\/ES$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("إسبانيا");

  const meetings = page.getByTestId("section-meetings");
  await expect(meetings).toContainText("كونسويلو رومي");
  await expect(meetings).toContainText("Jose Ignacio Landaluce Calleja");
  await expect(meetings).toContainText("لجنة ثنائية");
  const projects = page.getByTestId("section-projects");
  await expect(projects).toContainText("العيش المشترك");
  await expect(projects).toContainText("تقوية الكفاءات التقنية لتدبير الهجرة، الاندماج، واللجوء");
  const events = page.getByTestId("country-edition");
  await expect(events.filter({ hasText: "المنتدى المغربي الإسباني حول الهجرة والاندماج" })).toHaveCount(2);
  await expect(events.first()).toContainText("الدورة 2");
  await expect(events.first()).toContainText("الرباط");
  const agreements = page.getByTestId("section-agreements");
  await expect(agreements).toContainText("اتفاقية شراكة مع مؤسسة الثقافات الثلاث");
  await expect(agreements).toContainText("20 مارس 2018");
  // The page states only its signature (issue 14: nothing moves it to "in execution").
  await expect(agreements).toContainText("موقعة");

  // Meetings newest first, whatever the precision of their dates.
  const meetingDates = withDb((db) =>
    db.prepare("select starts_on from meetings where country_code = 'ES' and archived_at is null order by starts_on desc, id desc").all(),
  ) as { starts_on: string }[];
  await expect(page.getByTestId("country-meeting")).toHaveCount(meetingDates.length);

  await page.getByRole("link", { name: "مذكرة إحاطة للطباعة" }).click();
  await expect(page).toHaveURL(/\/countries\/ES\/briefing$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("مذكرة إحاطة — إسبانيا");
  await expect(page.locator("header nav")).toHaveCount(0);
  const pdf = await printBriefing(page);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  // A4 portrait (210 × 297 mm = 595 × 842 points), from the page's own @page rule.
  const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString("latin1"));
  expect(Math.abs(Number(box?.[1]) - 595)).toBeLessThan(2);
  expect(Math.abs(Number(box?.[2]) - 842)).toBeLessThan(2);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "طباعة" })).toBeHidden();
});

test("the briefing reads in French for a French-speaking user", async ({ page }) => {
  const staff = await createTestUser("staff", { locale: "fr" });
  await signIn(page, staff.email, staff.password);
  await page.goto("/countries/es/briefing");
  await expect(page).toHaveURL(/\/countries\/ES\/briefing$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Note de briefing — Espagne");
  const agreements = page.getByTestId("section-agreements");
  await expect(agreements).toContainText("Accord de partenariat avec la Fondation des Trois Cultures de la Méditerranée");
  await expect(agreements).toContainText("Signature : 20 mars 2018");
  await expect(page.getByTestId("section-events")).toContainText("2e édition");
  await expect(page.getByTestId("section-events")).toContainText("novembre 2015");
  const pdf = await printBriefing(page);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
});

test("an unknown country is not found, and committee members have no country profiles", async ({ page }) => {
  const staff = await createTestUser("staff");
  await signIn(page, staff.email, staff.password);
  expect((await page.goto("/countries/ZZ"))?.status()).toBe(404);
  await page.context().clearCookies();
  const committee = await createTestUser("committee");
  await signIn(page, committee.email, committee.password);
  expect((await page.goto("/countries/ES"))?.status()).toBe(404);
  expect((await page.goto("/countries/ES/briefing"))?.status()).toBe(404);
});

test("the briefing marks records not yet validated and prints budgets with their cents, in Arabic and French", async ({ page }) => {
  const tag = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  const insert = (acronym: string, status: string, amount: number) =>
    withDb((db) =>
      db
        .prepare(
          "insert into projects (acronym, title_fr, partner_country_code, budget_hundredths, budget_currency, validation_status) values (?, ?, 'PT', ?, 'EUR', ?)",
        )
        .run(acronym, `Projet ${acronym}`, amount, status),
    );
  insert(`EDIT-${tag}`, "edited", 125000050); // hundredths: 1 250 000,50 €
  insert(`OK-${tag}`, "validated", 30000000);

  const staff = await createTestUser("staff", { locale: "ar" });
  await signIn(page, staff.email, staff.password);
  await page.goto("/countries/PT/briefing");
  const edited = page.getByTestId("country-project").filter({ hasText: `EDIT-${tag}` });
  const validated = page.getByTestId("country-project").filter({ hasText: `OK-${tag}` });
  await expect(edited.getByTestId("not-validated")).toHaveText("غير مصادق عليه");
  await expect(validated.getByTestId("not-validated")).toHaveCount(0);
  // Latin digits, cents kept (never rounded to 1 250 001), no cents when there are none.
  await expect(edited.getByTestId("country-project-budget")).toContainText(/1[.,\u202f\u00a0]250[.,\u202f\u00a0]000,50/);
  await expect(validated.getByTestId("country-project-budget")).not.toContainText(",00");
  expect((await printBriefing(page)).subarray(0, 5).toString()).toBe("%PDF-");

  const french = await createTestUser("staff", { locale: "fr" });
  await page.context().clearCookies();
  await signIn(page, french.email, french.password);
  await page.goto("/countries/PT/briefing");
  await expect(edited.getByTestId("not-validated")).toHaveText("non validé");
  await expect(edited.getByTestId("country-project-budget")).toContainText(/1[.\u202f\u00a0]250[.\u202f\u00a0]000,50\s€/);
});
