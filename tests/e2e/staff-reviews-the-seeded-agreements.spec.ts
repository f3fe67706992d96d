import { expect, test } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { signIn } from "./support/fixtures";

const seeded = [
  // The page states only its signature: "signed", not "in execution" (issue 14).
  { country: "إسبانيا", signedOn: "20 مارس 2018", extra: "مؤسسة الثقافات الثلاث للبحر الأبيض المتوسط", status: "موقعة" },
  { country: "السودان", status: "في طور التنفيذ", signedOn: "6 يناير 2016", extra: "مذكرة تفاهم حول تدبير المجتمعات المستقرة بالخارج والهجرة" },
  { country: "ساحل العاج", status: "في طور التنفيذ", signedOn: "20 يناير 2015", extra: "مذكرة تفاهم" },
  { country: "السنغال", status: "في طور التنفيذ", signedOn: "24 يونيو 2013", extra: "مذكرة تفاهم" },
  { country: "تونس", status: "في طور التنفيذ", signedOn: "25 ماي 2009", extra: "مذكرة تفاهم" },
  { country: "مصر", status: "في طور التنفيذ", signedOn: "12 أكتوبر 2006", extra: "مذكرة تفاهم" },
];

test("the agreements list shows the source page's agreements with their counterparts, dates and status, and true counts", async ({ page }) => {
  const staff = await createTestUser("staff");
  await signIn(page, staff.email, staff.password);
  await page.goto("/agreements");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("الاتفاقيات");

  for (const agreement of seeded) {
    const row = page.getByTestId("agreements-table").locator("tbody tr").filter({ hasText: agreement.country }).filter({ hasText: agreement.signedOn });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(agreement.extra);
    await expect(row).toContainText(agreement.status);
  }

  // Counts per status agree with the records (reloaded until no parallel test writes in between).
  await expect(async () => {
    await page.reload();
    const stored = withDb((db) => db.prepare("select signing_status as status, count(*) as n from agreements where archived_at is null group by signing_status").all()) as {
      status: string;
      n: number;
    }[];
    const total = stored.reduce((sum, s) => sum + s.n, 0);
    for (const status of ["draft", "under_negotiation", "text_agreed", "awaiting_signature", "signed", "in_force", "expired", "terminated"]) {
      await expect(page.getByTestId(`count-${status}`)).toHaveText(String(stored.find((s) => s.status === status)?.n ?? 0), { timeout: 1000 });
    }
    await expect(page.getByTestId("agreement-status-counts").locator("a").first()).toContainText(String(total), { timeout: 1000 });
  }).toPass({ timeout: 20_000 });

  // Filters: signed between 2013 and 2016, in execution → Côte d'Ivoire, Senegal and Sudan.
  await page.goto("/agreements?status=in_force&from=2013-01-01&to=2016-12-31");
  const rows = page.getByTestId("agreements-table").locator("tbody tr");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText("السودان");
  await expect(rows.nth(2)).toContainText("السنغال");

  // The board has one column per status in use: Senegal's one agreement is "in execution".
  await page.goto("/agreements?view=board&country=SN");
  await expect(page.getByTestId("agreements-board").locator("section")).toHaveCount(1);
  await expect(page.getByTestId("agreements-board").locator('section[data-status="in_force"] li')).toHaveCount(1);
});
