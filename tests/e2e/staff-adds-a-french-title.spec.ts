/**
 * Staff adds a French title to a seed project (RECOSA, whose page gives only an Arabic title). In
 * French the projects list, the project page, the country briefing and the projects export show it, and a search for it
 * finds the project; in English (no English title) the Arabic original shows with its lang="ar"
 * and an "original in Arabic" marker. Screenshots of the project page in French and English go to
 * test-results/screens/ for a person to look at.
 */
import { expect, test } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { openSearchDialog, signIn } from "./support/fixtures";
import { projectIdOf, uniqueLabel } from "./support/workspaces";

const arabicTitle = "تحسين ظروف عيش المهاجرين والفئات الهشة على المستوى المحلي";

test("a French title shows in French, the Arabic original in English, and search finds it", async ({ page }) => {
  const id = projectIdOf("RECOSA");
  // Unique, so that a second run on the same database proves its own title.
  const frenchTitle = `Améliorer les conditions de vie des migrants (${uniqueLabel("essai").slice(-5)})`;
  const staff = await createTestUser("staff", { locale: "fr" });
  await signIn(page, staff.email, staff.password);

  await page.goto(`/projects/${id}/edit`);
  await page.getByLabel("Intitulé en français", { exact: true }).fill(frenchTitle);
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${id}$`));

  // French: the project page and the list.
  await expect(page.locator("main h1")).toContainText(frenchTitle);
  await expect(page.locator("main h1").getByTestId("original-language-marker")).toHaveCount(0);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.reload();
  await expect(page.locator("main h1")).toContainText(frenchTitle);
  await page.screenshot({ path: "test-results/screens/project-page-fr-1366.png", fullPage: true });
  await page.goto("/projects?country=DE");
  const row = page.getByTestId("project-row").filter({ hasText: "RECOSA" });
  await expect(row.getByTestId("project-title")).toHaveText(frenchTitle);

  // The briefing of Germany, in French.
  await page.goto("/countries/DE/briefing");
  await expect(page.getByTestId("country-project").filter({ hasText: "RECOSA" })).toContainText(frenchTitle);

  // The projects export (CSV) of Germany's projects, in French, carries it.
  const frenchExport = await page.request.get("/api/exports/projects?format=csv&country=DE");
  expect(frenchExport.status()).toBe(200);
  expect(await frenchExport.text()).toContain(frenchTitle);

  // Search by the French title finds the project (the list's search and the header's).
  await page.goto(`/projects?q=${encodeURIComponent(frenchTitle)}`);
  await expect(page.getByTestId("project-row")).toHaveCount(1);
  await expect(page.getByTestId("project-row")).toContainText("RECOSA");
  const dialog = await openSearchDialog(page);
  await dialog.getByRole("combobox").fill(frenchTitle.split(" ").slice(0, 6).join(" "));
  await expect(dialog.getByTestId("search-group-projects").getByRole("option", { name: /RECOSA/ })).toBeVisible();
  await page.keyboard.press("Escape");

  // English: no English title, so the Arabic original, marked, in its own language.
  withDb((db) => db.prepare("update users set locale = 'en' where email = ?").run(staff.email));
  await page.context().clearCookies();
  await signIn(page, staff.email, staff.password);
  await page.goto(`/projects/${id}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const title = page.locator("main h1").getByTestId("localized-text");
  await expect(title).toHaveText(arabicTitle);
  await expect(title).toHaveAttribute("lang", "ar");
  await expect(title).toHaveAttribute("dir", "rtl");
  await expect(page.locator("main h1").getByTestId("original-language-marker")).toHaveText("(original in Arabic)");
  await page.screenshot({ path: "test-results/screens/project-page-en-1366.png", fullPage: true });
  await page.goto("/projects?country=DE");
  await expect(page.getByTestId("project-row").filter({ hasText: "RECOSA" }).getByTestId("localized-text")).toHaveAttribute("lang", "ar");
  // The export in English: the original, not the French.
  const englishExport = await (await page.request.get("/api/exports/projects?format=csv&country=DE")).text();
  expect(englishExport).toContain(arabicTitle);
  expect(englishExport).not.toContain(frenchTitle);
});
