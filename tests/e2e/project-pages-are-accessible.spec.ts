import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { signIn } from "./support/fixtures";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

const ids = () =>
  withDb((db) => ({
    recoming: (db.prepare("select id from projects where acronym = 'Recoming'").get() as { id: number }).id,
    amoudou: (db.prepare("select id from projects where acronym = 'Amoudou'").get() as { id: number }).id,
    programme: (db.prepare("select programme_id as id from projects where acronym = 'Amoudou'").get() as { id: number }).id,
  }));

for (const locale of ["ar", "en"] as const) {
  test(`the projects pages have no serious or critical axe violation (${locale})`, async ({ page }) => {
    // Six pages, each analysed by axe: on a busy 2-core machine this outlasts the default minute.
    test.setTimeout(180_000);
    const { recoming, amoudou, programme } = ids();
    const staff = await createTestUser("staff", { locale });
    await signIn(page, staff.email, staff.password);
    for (const path of ["/projects", "/projects/new", `/projects/${recoming}`, `/projects/${amoudou}/edit`, "/programmes", `/programmes/${programme}`]) {
      await page.goto(path);
      await expect(page.locator("main h1")).toBeVisible();
      expect(await seriousViolations(page), path).toEqual([]);
    }
  });
}
