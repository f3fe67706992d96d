/**
 * A supervisor validates and marks the seed's lists publishable on the publications page, sees the
 * generated cooperation page in Arabic and French, downloads it (HTML, Word) and opens its A4 print
 * view; a user subscribes to their calendar feed and revokes it. Screenshots of each view at
 * 1366 px and 390 px go to test-results/screens/ for a person to look at.
 *
 * The lists are marked for 2006 – December 2018 (the source page's years), so that records other
 * stories create (dated 2019 and later, or undated) are left alone.
 */
import { expect, test, type Page } from "@playwright/test";
import { createTestUser } from "./support/db";
import { signIn } from "./support/fixtures";

const period = "from=2006&to=2018-12";

async function screens(page: Page, name: string) {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

test("a supervisor publishes the seed's cooperation page in Arabic and French", async ({ page }) => {
  const supervisor = await createTestUser("supervisor", { locale: "ar" });
  await signIn(page, supervisor.email, supervisor.password);
  await page.goto(`/publications?${period}&lang=ar`);
  await expect(page.getByRole("heading", { level: 1, name: "المنشورات" })).toBeVisible();

  for (const kind of ["meeting", "project", "agreement", "event_edition"]) {
    const list = page.getByTestId(`publishing-${kind}`);
    const markAll = list.getByRole("button", { name: /مصادقة ووسم الكل للنشر/ });
    if (await markAll.isEnabled()) {
      await markAll.click();
      await expect(list.getByText("تم الحفظ.")).toBeVisible();
    }
    await expect(list.getByRole("button", { name: /مصادقة ووسم الكل للنشر \(0\)/ })).toBeDisabled();
  }

  const preview = page.getByTestId("publication-preview");
  await expect(preview.getByRole("heading", { level: 1 })).toHaveText("التعاون الثنائي");
  await expect(preview).toContainText("لقاء مع Pia KJAERSGAARD، رئيسة البرلمان الدانماركي (الدنمارك)، 4 يناير 2018");
  await expect(preview).toContainText("على هامش المنتدى العالمي للهجرة والتنمية (GFMD)");
  await expect(preview).toContainText("دعم تنفيذ الإستراتيجية الوطنية للهجرة واللجوء “أمودو”");
  await expect(preview.locator("bdi", { hasText: "Pia KJAERSGAARD" })).toHaveCount(1);
  // The seed's six agreements, and any in the period that other stories recorded (this supervisor
  // just validated and marked the whole list publishable); the unit test checks the seed's exactly.
  await expect(preview.locator("table tbody tr").nth(5)).toBeVisible();
  await expect(preview.locator("article")).toHaveAttribute("dir", "rtl");
  await screens(page, "publications-ar");

  // The Word document and the CMS file download.
  const docx = await page.request.get(`/api/publications/cooperation-page?format=docx&${period}&lang=ar`);
  expect(docx.status()).toBe(200);
  expect(docx.headers()["content-type"]).toContain("wordprocessingml");
  const html = await page.request.get(`/api/publications/cooperation-page?format=html&${period}&lang=ar`);
  expect(await html.text()).toContain('<html lang="ar-MA" dir="rtl">');

  // French.
  await page.goto(`/publications?${period}&lang=fr`);
  await expect(preview.getByRole("heading", { level: 1 })).toHaveText("La coopération bilatérale");
  await expect(preview).toContainText("Entretien avec Pia KJAERSGAARD");
  await expect(preview).toContainText("Mémorandum d'entente sur la gestion des communautés établies à l'étranger et la migration");
  await expect(preview.locator("article")).toHaveAttribute("dir", "ltr");
  await screens(page, "publications-fr");

  // The A4 print view.
  await page.goto(`/publications/print?${period}&lang=ar`);
  await expect(page.getByTestId("publication-preview")).toContainText("اتفاقيات التعاون");
  await screens(page, "publications-print-ar");
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
});

test("a staff member subscribes to their calendar feed, then revokes it", async ({ page }) => {
  const staff = await createTestUser("staff", { locale: "fr" });
  await signIn(page, staff.email, staff.password);
  await page.goto("/account/password");
  const card = page.getByTestId("calendar-feed");
  await card.getByRole("button", { name: "Créer le lien d'abonnement" }).click();
  const url = await card.getByLabel("Lien du calendrier (iCalendar)").inputValue();
  expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  await screens(page, "calendar-feed-fr");

  // The feed answers without a session (Outlook has none).
  const anonymous = await page.context().browser()!.newContext();
  const feed = await anonymous.request.get(url);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(await feed.text()).toContain("BEGIN:VCALENDAR");

  await card.getByRole("button", { name: "Révoquer le lien" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Révoquer le lien" }).click();
  await expect(card.getByRole("button", { name: "Créer le lien d'abonnement" })).toBeVisible();
  expect((await anonymous.request.get(url)).status()).toBe(404);
  await anonymous.close();
});
