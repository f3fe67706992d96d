/**
 * A project's timeline draws its last day's marker whole (it was cut in half by the edge of the
 * timeline's scrolling box), names cancelled milestones in its legend (they had a grey style and
 * no entry), and on a phone, where the axis is wider than the screen and scrolls sideways, says so
 * under it; on a desk, where it fits, it neither scrolls nor says it does.
 */
import { expect, test, type Locator } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { signIn } from "./support/fixtures";
import { uniqueLabel } from "./support/workspaces";

const words = {
  ar: { cancelled: "ملغى", hint: "مرِّر الجدول الزمني أفقيًا لرؤيته كاملًا." },
  fr: { cancelled: "Annulé", hint: "Faites défiler la chronologie horizontalement pour la voir en entier." },
} as const;

/** A project from January to June 2021 whose last milestone falls on the axis's last day. */
function projectEndingOnAMilestone(): number {
  return withDb((db) => {
    const acronym = uniqueLabel("Edge");
    const id = (db
      .prepare("insert into projects (acronym, title_fr, planned_start, planned_end) values (?, ?, '2021-01', '2021-06') returning id")
      .get(acronym, `Projet ${acronym}`) as { id: number }).id;
    const milestone = db.prepare("insert into activities (project_id, title, kind, status, planned_on, position) values (?, ?, 'workshop', ?, ?, ?)");
    milestone.run(id, "Atelier annulé", "cancelled", "2021-03-15", 0);
    milestone.run(id, "Clôture", "planned", "2021-06-30", 1);
    return id;
  });
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  expect(found).not.toBeNull();
  return found!;
}

for (const locale of ["ar", "fr"] as const) {
  test(`the timeline's last marker is whole, its legend names cancelled milestones, and a phone is told it scrolls (${locale})`, async ({ page }) => {
    const id = projectEndingOnAMilestone();
    const staff = await createTestUser("staff", { locale });
    await page.setViewportSize({ width: 1366, height: 900 });
    await signIn(page, staff.email, staff.password);
    await page.goto(`/projects/${id}`);

    const timeline = page.getByTestId("project-timeline");
    const scroller = timeline.locator(":scope > div").first(); // the box that scrolls the axis sideways
    const last = timeline.locator('[data-testid=timeline-marker][data-date="2021-06-30"]');
    await expect(last).toBeVisible();
    const frame = await box(scroller);
    const marker = await box(last);
    expect(marker.x, "the marker's left edge is inside the timeline").toBeGreaterThanOrEqual(frame.x - 0.5);
    expect(marker.x + marker.width, "the marker's right edge is inside the timeline").toBeLessThanOrEqual(frame.x + frame.width + 0.5);
    // On a desk the axis fits: nothing to scroll, and no hint.
    expect(await scroller.evaluate((node) => node.scrollWidth - node.clientWidth)).toBeLessThanOrEqual(0);
    await expect(timeline.getByTestId("timeline-scroll-hint")).toBeHidden();
    await expect(timeline.locator("figcaption")).toContainText(words[locale].cancelled);

    await page.setViewportSize({ width: 390, height: 844 });
    await expect(timeline.getByTestId("timeline-scroll-hint")).toBeVisible();
    await expect(timeline.getByTestId("timeline-scroll-hint")).toHaveText(words[locale].hint);
    expect(await scroller.evaluate((node) => node.scrollWidth - node.clientWidth)).toBeGreaterThan(0);
    // The page itself does not scroll sideways: only the timeline does.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    // Scrolled to its end, the last marker is whole there too.
    await last.scrollIntoViewIfNeeded();
    const narrowFrame = await box(scroller);
    const narrowMarker = await box(last);
    expect(narrowMarker.x).toBeGreaterThanOrEqual(narrowFrame.x - 0.5);
    expect(narrowMarker.x + narrowMarker.width).toBeLessThanOrEqual(narrowFrame.x + narrowFrame.width + 0.5);
  });
}

test("on a French page a long Arabic milestone title is clamped at its end, its first letters inside the label column", async ({ page }) => {
  const long = "النسخة الثانية من إستراتيجية اندماج المجموعة في إطار ثنائي (المغرب/ ألمانيا): برلين، فرانكفورت، ميونخ وهامبورغ";
  const id = withDb((db) => {
    const acronym = uniqueLabel("Clamp");
    const project = (db.prepare("insert into projects (acronym, title_fr, planned_start, planned_end) values (?, ?, '2021-01', '2021-12') returning id").get(acronym, `Projet ${acronym}`) as { id: number }).id;
    db.prepare("insert into activities (project_id, title, kind, status, planned_on, position) values (?, ?, 'workshop', 'planned', '2021-04', 0)").run(project, long);
    return project;
  });
  const staff = await createTestUser("staff", { locale: "fr" });
  await signIn(page, staff.email, staff.password);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`/projects/${id}`);
  const label = page.getByTestId("timeline-row").first().locator("span.line-clamp-2");
  await expect(label).toHaveText(long);
  // The clamp cuts a line at its end. Inside a left-to-right block, an Arabic line's end is its
  // beginning: Chrome dropped the second line's first letters ("…جموعة" for "المجموعة"). The
  // clamped block must read in the title's own direction, and stay on the page's side.
  expect(await label.evaluate((element) => getComputedStyle(element).direction)).toBe("rtl");
  // On the page's side: the title starts at the label column's left edge on a French page.
  const [title, cell] = [await label.boundingBox(), await page.getByTestId("timeline-row").first().locator("div").first().boundingBox()];
  expect(Math.abs(title!.x - cell!.x)).toBeLessThanOrEqual(1);
});
