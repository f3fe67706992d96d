import { expect, test } from "@playwright/test";
import { insertAgreement, unique } from "./support/agreements";
import { createTestUser, withDb } from "./support/db";
import { signIn } from "./support/fixtures";

test("the server refuses draft straight to expired with a clear message, and nothing changes", async ({ page }) => {
  const staff = await createTestUser("staff", { locale: "fr" });
  const title = `Projet de convention ${unique()}`;
  const id = insertAgreement({ status: "draft", since: "2025-01-10", titleFr: title, createdBy: staff.id });

  await signIn(page, staff.email, staff.password);
  await page.goto(`/agreements/${id}`);
  await expect(page.getByTestId("agreement-status")).toHaveText("Brouillon");
  const nextStatus = page.getByLabel("Nouveau statut");
  // "Expired" is not offered from a draft...
  await expect(nextStatus.locator("option", { hasText: "Expiré" })).toHaveCount(0);

  // ...so a crafted request asks for it anyway: the server must refuse it.
  await nextStatus.evaluate((select: HTMLSelectElement) => {
    select.add(new Option("Expiré", "expired"));
    select.value = "expired";
  });
  await page.getByRole("textbox", { name: "Date de l'étape" }).fill("2025-02-01");
  await page.getByRole("button", { name: "Enregistrer l'étape" }).click();

  const alert = page.getByTestId("transition-error");
  await expect(alert).toContainText("Ce changement de statut n'est pas permis par le circuit de signature ; rien n'a été enregistré.");
  await expect(alert).toContainText("Depuis le statut « Brouillon », les étapes possibles sont : En négociation, Texte arrêté, Résilié.");
  await expect(page.getByTestId("agreement-status")).toHaveText("Brouillon");

  expect(withDb((db) => db.prepare("select signing_status, expires_on, version from agreements where id = ?").get(id))).toEqual({
    signing_status: "draft",
    expires_on: null,
    version: 1,
  });
  expect(withDb((db) => db.prepare("select count(*) as n from agreement_status_changes where agreement_id = ?").get(id))).toEqual({ n: 1 });
  expect(withDb((db) => db.prepare("select count(*) as n from audit_log where entity_type = 'agreement' and entity_id = ?").get(id))).toEqual({ n: 0 });
});

test("committee members cannot open agreements at all", async ({ page }) => {
  const committee = await createTestUser("committee");
  await signIn(page, committee.email, committee.password);
  const response = await page.goto("/agreements");
  expect(response?.status()).toBe(404);
  await expect(page.locator("header nav")).not.toContainText("الاتفاقيات");
});
