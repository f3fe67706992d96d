/** A budget of 123,456,789,012.34 goes through the project form, back to the page and into an export exactly. */
import { parse } from "csv-parse/sync";
import { expect, test } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { choose, signIn, switchLanguage } from "./support/fixtures";

test("a budget of 123,456,789,012.34 round-trips exactly through the form, the project page and the projects export", async ({ page }) => {
  const acronym = `CENTS-${Date.now()}`;
  const id = withDb(
    (db) =>
      (db
        .prepare("insert into projects (acronym, title_fr, partner_country_code, status) values (?, ?, 'PT', 'implementation') returning id")
        .get(acronym, `Projet ${acronym}`) as { id: number }).id,
  );
  const supervisor = await createTestUser("supervisor");
  await signIn(page, supervisor.email, supervisor.password);
  await page.goto(`/projects/${id}/edit`);
  await page.getByLabel("المبلغ", { exact: true }).fill("123 456 789 012,34");
  await choose(page, /العملة \(ISO 4217\)/, /EUR/);
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${id}$`));
  // Stored as exact hundredths, shown with every cent (Latin digits), in Arabic and in French.
  expect(withDb((db) => db.prepare("select budget_hundredths as h from projects where id = ?").get(id))).toEqual({ h: 12345678901234 });
  await expect(page.getByTestId("budget")).toContainText(/123[.,\s\u202f\u00a0]456[.,\s\u202f\u00a0]789[.,\s\u202f\u00a0]012[.,]34/);
  await page.goto(`/projects/${id}/edit`);
  await expect(page.getByLabel("المبلغ", { exact: true })).toHaveValue("123456789012.34");
  await switchLanguage(page, "Français");
  await page.goto(`/projects/${id}`);
  await expect(page.getByTestId("budget")).toContainText(/123[\s\u202f\u00a0.]456[\s\u202f\u00a0.]789[\s\u202f\u00a0.]012,34/);

  // The projects export (CSV): the budget as the exact number, its currency in its own column.
  const response = await page.request.get("/api/exports/projects?format=csv");
  expect(response.status()).toBe(200);
  const rows = parse((await response.body()).toString("utf8").replace(/^\uFEFF/, ""), { relaxColumnCount: true }) as string[][];
  const [header, ...records] = rows;
  const row = records.find((r) => r.includes(acronym));
  expect(row, "the project's row").toBeDefined();
  expect(row![header!.indexOf("Budget")]).toBe("123456789012.34");
  expect(row![header!.indexOf("Devise")]).toBe("EUR");
});
