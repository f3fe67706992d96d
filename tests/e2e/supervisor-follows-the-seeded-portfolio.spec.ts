import { expect, test, type Page } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { signIn } from "./support/fixtures";
import { projectRow } from "./support/project-form";

const projectIdOf = (acronym: string) =>
  withDb((db) => (db.prepare("select id from projects where acronym = ?").get(acronym) as { id: number }).id);

/** Left and right edges of an element on the page. */
async function edges(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not visible`);
  return { left: box.x, right: box.x + box.width };
}

test("the source page's projects are listed with their partners, periods and progress", async ({ page }) => {
  const supervisor = await createTestUser("supervisor");
  await signIn(page, supervisor.email, supervisor.password);
  await page.goto("/projects");
  for (const name of ["Recoming", "RECOSA", "MaghribBelgium Impulse", "Amoudou"]) {
    await expect(projectRow(page, name)).toBeVisible();
  }
  for (const title of [
    "الشراكة المغربية-الألمانية في مجال اللجوء والحماية الدولية للاجئين",
    "تعزيز الاستثمارات المنتجة للمغاربة المقيمين بألمانيا",
    "العيش المشترك",
    "تقوية الكفاءات التقنية لتدبير الهجرة، الاندماج، واللجوء",
  ]) {
    await expect(page.getByTestId("project-row").filter({ hasText: title })).toHaveCount(1);
  }
  await expect(projectRow(page, "RECOSA")).toContainText("2016–2019");
  // Progress is computed from the records (the seed reports all 14 Recoming activities as done;
  // other stories may since have added some), never typed.
  const recomingCounts = withDb(
    (db) =>
      db
        .prepare(
          "select sum(status = 'done') as done, sum(status <> 'cancelled') as counted from activities where archived_at is null and project_id = (select id from projects where acronym = 'Recoming')",
        )
        .get() as { done: number; counted: number },
  );
  expect(recomingCounts.done).toBeGreaterThanOrEqual(14);
  await expect(projectRow(page, "Recoming").getByTestId("progress-done")).toHaveText(`${recomingCounts.done} من ${recomingCounts.counted} منجزة`);
  await expect(projectRow(page, "Recoming")).toContainText("BMZ");
  await expect(projectRow(page, "Recoming")).toContainText("GIZ");

  // Amoudou: budget, and the three phases of 6, 36 and 6 months.
  await projectRow(page, "Amoudou").getByRole("link", { name: "Amoudou", exact: true }).click();
  await expect(page.getByTestId("budget")).toContainText("4.600.000");
  await expect(page.getByTestId("budget")).toContainText("€");
  await expect(page.getByTestId("phases").locator("li")).toHaveText(["الإعداد · 6 أشهر", "التنفيذ · 36 شهرا", "التقييم · 6 أشهر"]);
  await expect(page.getByTestId("timeline-phases").locator("[data-phase]")).toHaveCount(3);
  await expect(page.getByTestId("programme-link")).toHaveText("برنامج التعاون المغربي-البلجيكي 2016-2020");
  await page.getByTestId("programme-link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("برنامج التعاون المغربي-البلجيكي 2016-2020");
  const belgianProjects = withDb(
    (db) =>
      (db
        .prepare("select count(*) as n from projects p join programmes g on g.id = p.programme_id where g.name_ar = ? and p.archived_at is null")
        .get("برنامج التعاون المغربي-البلجيكي 2016-2020") as { n: number }).n,
  );
  expect(belgianProjects).toBeGreaterThanOrEqual(2);
  await expect(page.getByTestId("project-row")).toHaveCount(belgianProjects);
  await expect(projectRow(page, "MaghribBelgium Impulse")).toBeVisible();
});

test("Recoming shows its partners in their roles and its activities from January 2016 to December 2017 on one axis, in order", async ({ page }) => {
  const supervisor = await createTestUser("supervisor");
  await signIn(page, supervisor.email, supervisor.password);
  await page.goto(`/projects/${projectIdOf("Recoming")}`);

  const partners = page.getByTestId("partners-by-role");
  await expect(partners.locator('[data-role="funding"]').getByTestId("partner")).toContainText("BMZ");
  await expect(partners.locator('[data-role="supervision"]').getByTestId("partner")).toContainText("الوزارة المنتدبة");
  await expect(partners.locator('[data-role="implementation"]').getByTestId("partner")).toContainText("GIZ");
  await expect(partners.locator('[data-role="steering_committee_member"]').getByTestId("partner")).toContainText("وزارة الداخلية");
  // Listed among the partners with no role: "not stated", nothing invented (issue 14).
  await expect(partners.locator('[data-role="not_stated"]').getByTestId("partner")).toContainText("الجماعات العشر المنتقاة");
  await expect(page.getByTestId("objectives").locator("li")).toHaveCount(3);
  await expect(page.getByTestId("steering-committee")).toContainText("22 يناير 2016");

  const timeline = page.getByTestId("project-timeline");
  await expect(timeline).toHaveAttribute("data-start", "2016-01-01");
  await expect(timeline).toHaveAttribute("data-end", "2017-12-31");
  const markers = timeline.getByTestId("timeline-marker");
  await expect(markers).toHaveCount(11);
  const dates = await markers.evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-date")));
  expect(dates).toEqual(["2016-01", "2016-01-22", "2016-06", "2016-11", "2016-12", "2017-02", "2017-03", "2017-04", "2017-04", "2017-05", "2017-12"]);

  // Each month-precision marker spans exactly its month on the axis.
  for (const month of new Set(dates.filter((d): d is string => !!d && d.length === 7))) {
    const marker = await edges(page, `[data-testid=timeline-marker][data-date="${month}"]`);
    const cell = await edges(page, `[data-testid=timeline-months] [data-month="${month}"]`);
    expect(Math.abs(marker.left - cell.left), month).toBeLessThanOrEqual(1.5);
    expect(Math.abs(marker.right - cell.right), month).toBeLessThanOrEqual(1.5);
  }
  // The day-precision session sits inside January 2016.
  const session = await edges(page, '[data-testid=timeline-marker][data-date="2016-01-22"]');
  const january = await edges(page, '[data-testid=timeline-months] [data-month="2016-01"]');
  expect((session.left + session.right) / 2).toBeGreaterThan(january.left);
  expect((session.left + session.right) / 2).toBeLessThan(january.right);

  // In Arabic time runs from right to left: January 2016 is to the right of December 2017.
  const first = await edges(page, '[data-testid=timeline-marker][data-date="2016-01"]');
  const last = await edges(page, '[data-testid=timeline-marker][data-date="2017-12"]');
  expect(first.left).toBeGreaterThan(last.right);
  await expect(timeline.getByTestId("timeline-months")).toContainText("يناير 2016");
  await expect(timeline.getByTestId("timeline-months")).toContainText("أكتوبر 2017");
});
