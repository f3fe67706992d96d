import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/fixtures";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

test("the login page has no serious or critical axe violation", async ({ page }) => {
  await page.goto("/login");
  expect(await seriousViolations(page)).toEqual([]);
});

for (const path of ["/meetings", "/meetings/new", "/meetings/1", "/meetings/1/edit"]) {
  test(`${path} has no serious or critical axe violation (Arabic)`, async ({ page }) => {
    await signIn(page, "staff@taawun.test");
    await page.goto(path);
    await expect(page.locator("main h1")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
