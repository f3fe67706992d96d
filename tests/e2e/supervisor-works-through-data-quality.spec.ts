import { expect, test } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { choose, signIn } from "./support/fixtures";

test("a supervisor filters the data-quality report by kind, opens a point's record, and a resolved point leaves the list", async ({ page }) => {
  // A supervisor of their own, French-speaking; the point they resolve is reopened at the end so
  // that the shared e2e database stays as the seed left it.
  const supervisor = { name: "Nadia Qualité", ...(await createTestUser("supervisor", { locale: "fr", name: "Nadia Qualité" })) };
  await signIn(page, supervisor.email, supervisor.password);

  const ambiguous = withDb((db) => (db.prepare("select count(*) as n from data_quality_issues where kind = 'ambiguous' and resolved_at is null").get() as { n: number }).n);
  expect(ambiguous).toBeGreaterThan(0);

  await page.goto("/data-quality");
  await expect(page.locator("main h1")).toHaveText("Qualité des données");
  await choose(page, "Nature du point", "Ambigu");
  await page.getByRole("button", { name: "Appliquer" }).click();
  await expect(page).toHaveURL(/kind=ambiguous/);
  const points = page.getByTestId("data-quality-point");
  await expect(points).toHaveCount(ambiguous);

  // Each point opens its record.
  const link = points.first().getByRole("link", { name: "Ouvrir la fiche" });
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/(projects|meetings|people|organisations|agreements|programmes|events)\/\d+$/);

  // Resolving without a note is refused in place; with a note the point leaves the list.
  await points.first().getByRole("button", { name: "Marquer résolu" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Marquer résolu" }).click();
  await expect(dialog.getByRole("alert")).toBeVisible();
  await dialog.getByLabel("Comment il a été résolu").fill("Vérifié auprès du cabinet.");
  await dialog.getByRole("button", { name: "Marquer résolu" }).click();
  await expect(dialog).toBeHidden();
  await expect(points).toHaveCount(ambiguous - 1);

  // It is still there among the resolved ones, with who resolved it and the note.
  await page.goto("/data-quality?kind=ambiguous&state=resolved");
  await expect(points).toHaveCount(1);
  await expect(points.first()).toContainText("Vérifié auprès du cabinet.");
  await expect(points.first()).toContainText(supervisor.name);
  await points.first().getByRole("button", { name: "Rouvrir" }).click();
  await expect(points).toHaveCount(0);
});
