import { expect, test } from "@playwright/test";
import { insertMeeting, insertPerson, unique } from "./support/agreements";
import { createTestUser, withDb } from "./support/db";
import { signIn } from "./support/fixtures";

test("staff merges two records of the same person and keeps every meeting of both", async ({ page }) => {
  const staff = await createTestUser("staff", { locale: "fr" });
  const tag = unique();
  const kept = insertPerson(`Consuelo Rumí ${tag}`);
  const duplicate = insertPerson(`كونسويلو رومي ${tag}`, `Consuelo RUMÍ ${tag}`);
  const meetings = [
    insertMeeting("2016-12-19", [{ personId: kept, title: "Secretaria de Estado de Inmigración" }]),
    insertMeeting("2017-05", [{ personId: kept, title: "Secretaria de Estado" }]),
    insertMeeting("2018-10-01", [{ personId: duplicate, title: "كاتبة الدولة الاسبانية المكلفة بالهجرة" }]),
    insertMeeting("2019", [{ personId: duplicate, title: "كاتبة الدولة" }]),
  ];

  await signIn(page, staff.email, staff.password);
  await page.goto(`/people/${kept}`);
  await expect(page.getByTestId("person-meetings").locator("tbody tr")).toHaveCount(2);

  await page.getByRole("button", { name: "Fusionner un doublon" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading")).toHaveText("Fusionner deux fiches de la même personne");
  // The duplicate is found by typing (the picker asks the server), not chosen from every person.
  await dialog.getByRole("combobox", { name: "Fiche en double", exact: true }).click();
  await page.getByRole("combobox", { name: /Rechercher.*Fiche en double/ }).fill(`كونسويلو رومي ${tag}`);
  await page.getByRole("option", { name: new RegExp(`كونسويلو رومي ${tag}`) }).click();
  await expect(dialog.getByTestId("merge-summary")).toContainText(`Consuelo Rumí ${tag}`);
  await dialog.getByRole("button", { name: "Fusionner", exact: true }).click();
  await expect(dialog).toBeHidden();

  // Every meeting of both records, with the title held at each.
  const rows = page.getByTestId("person-meetings").locator("tbody tr");
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText("19 décembre 2016");
  await expect(rows.nth(2)).toContainText("1 octobre 2018");
  await expect(rows.nth(2)).toContainText("كاتبة الدولة الاسبانية المكلفة بالهجرة");
  await expect(page.getByTestId("history")).toContainText("Fusion");

  // The duplicate's address leads to the person kept.
  await page.goto(`/people/${duplicate}`);
  await expect(page).toHaveURL(new RegExp(`/people/${kept}$`));

  // Beneath the UI: all counterpart rows point at the person kept; the other is merged and archived.
  const placeholders = meetings.map(() => "?").join(",");
  const counterparts = withDb((db) => db.prepare(`select distinct person_id from meeting_counterparts where meeting_id in (${placeholders})`).all(...meetings));
  expect(counterparts).toEqual([{ person_id: kept }]);
  const merged = withDb((db) => db.prepare("select merged_into_id, archived_at is not null as archived from people where id = ?").get(duplicate));
  expect(merged).toEqual({ merged_into_id: kept, archived: 1 });
  const audit = withDb((db) => db.prepare("select entity_id, user_id from audit_log where action = 'merge' and entity_type = 'person' and entity_id in (?, ?) order by entity_id").all(kept, duplicate));
  expect(audit).toEqual([
    { entity_id: kept, user_id: staff.id },
    { entity_id: duplicate, user_id: staff.id },
  ]);
});
