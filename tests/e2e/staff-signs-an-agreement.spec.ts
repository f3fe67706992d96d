import { expect, test } from "@playwright/test";
import { insertAgreement, unique } from "./support/agreements";
import { createTestUser, withDb } from "./support/db";
import { signIn } from "./support/fixtures";

test("staff moves an agreement from awaiting signature to signed, with a date, and sees it in the history", async ({ page }) => {
  const staffName = `Agent ${unique()}`;
  const staff = await createTestUser("staff", { locale: "fr", name: staffName });
  const tag = unique();
  const title = `Mémorandum d'entente sur la mobilité ${tag}`;
  const id = insertAgreement({ status: "awaiting_signature", since: "2024-02", titleFr: title, createdBy: staff.id });

  await signIn(page, staff.email, staff.password);
  await page.goto(`/agreements/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByTestId("agreement-status")).toHaveText("En attente de signature");

  // The form offers only the steps the workflow allows from "awaiting signature".
  const nextStatus = page.getByLabel("Nouveau statut");
  await expect(nextStatus.locator("option:not([disabled])")).toHaveText(["En négociation", "Texte arrêté", "Signé", "Résilié"]);
  await nextStatus.selectOption({ label: "Signé" });
  await page.getByRole("textbox", { name: "Date de l'étape" }).fill("2024-05-14");
  await page.getByLabel("Note (facultative)").fill("Signé à Rabat lors de la visite du ministre");
  await page.getByRole("button", { name: "Enregistrer l'étape" }).click();

  await expect(page.getByTestId("agreement-status")).toHaveText("Signé");
  await expect(page.getByTestId("agreement-signed-on")).toHaveText("14 mai 2024");
  const lastStep = page.getByTestId("status-history").locator("li").last();
  await expect(lastStep).toContainText("En attente de signature");
  await expect(lastStep).toContainText("Signé");
  await expect(lastStep).toContainText("14 mai 2024");
  await expect(lastStep).toContainText(`enregistrée par ${staffName}`);
  await expect(lastStep).toContainText("Signé à Rabat lors de la visite du ministre");
  // The record's own history shows the step too.
  await expect(page.getByTestId("history")).toContainText("Changement de statut");

  // Stored as typed, with who recorded it; the agreement moved on and was audited.
  const steps = withDb((db) =>
    db.prepare("select from_status, to_status, occurred_on, recorded_by from agreement_status_changes where agreement_id = ? order by id").all(id),
  );
  expect(steps).toEqual([
    { from_status: null, to_status: "awaiting_signature", occurred_on: "2024-02", recorded_by: staff.id },
    { from_status: "awaiting_signature", to_status: "signed", occurred_on: "2024-05-14", recorded_by: staff.id },
  ]);
  expect(withDb((db) => db.prepare("select signing_status, signed_on, version from agreements where id = ?").get(id))).toEqual({
    signing_status: "signed",
    signed_on: "2024-05-14",
    version: 2,
  });
  expect(withDb((db) => db.prepare("select action, user_id from audit_log where entity_type = 'agreement' and entity_id = ?").all(id))).toEqual([
    { action: "transition", user_id: staff.id },
  ]);

  // The list shows it signed, and the board puts it in the "Signé" column.
  await page.goto(`/agreements?q=${tag}`);
  const row = page.locator(`[data-agreement-id="${id}"]`);
  await expect(row).toContainText("Signé");
  await expect(row).toContainText("14 mai 2024");
  await page.goto(`/agreements?view=board&q=${tag}`);
  await expect(page.getByTestId("agreements-board").locator('section[data-status="signed"]')).toContainText(title);
});
