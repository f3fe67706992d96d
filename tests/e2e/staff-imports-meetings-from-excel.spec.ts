/**
 * Staff import a workbook of 20 meetings built here with exceljs: two rows are wrong (an
 * impossible date, an unknown country) and one has an ambiguous date (a two-digit year). The
 * preview names those rows and columns, in Arabic and in French; once the ambiguous date is
 * decided and the bad rows skipped, exactly 18 meetings exist, with their counterparts, and the
 * same file imported again adds none. A corrupt workbook, a renamed PDF and an 11 MB file are each
 * refused with a clear message, and nothing is written (rows counted before and after).
 */
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { signIn, switchLanguage } from "./support/fixtures";

const tag = `imp${Date.now().toString(36)}`;
const countries = ["Espagne", "إسبانيا", "Belgium", "Sénégal", "BE"];
const kinds = ["Séance de travail", "زيارة مجاملة", "Courtesy call", "working_meeting"];

/** The workbook: headers in French (any of the three languages is accepted). */
async function meetingsWorkbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Entretiens");
  sheet.addRow(["Identifiant", "Date", "Date de fin", "Type d'entretien", "Pays de l'interlocuteur", "Code pays", "Ville", "Lieu", "Interlocuteurs", "Sujets abordés", "Résultats"]);
  for (let n = 1; n <= 20; n++) {
    const day = String(n).padStart(2, "0");
    // Rows 2–21 of the sheet; three of them (rows 6, 11, 16) are the bad and the ambiguous ones.
    let date: string | Date = n % 2 === 0 ? `${day}/10/2015` : `2015-11-${day}`;
    let country = countries[n % countries.length]!;
    if (n === 5) date = "31/04/2015"; // impossible: April has 30 days
    if (n === 10) country = "Atlantide"; // unknown country
    if (n === 15) date = "03/04/15"; // ambiguous: a two-digit year
    if (n === 19) date = new Date(Date.UTC(2015, 8, 19)); // a real date cell
    const counterparts = n % 3 === 0 ? `Interlocuteur ${tag} ${n} — Ministre; Adjoint ${tag} ${n}` : `Interlocuteur ${tag} ${n} — Directeur`;
    sheet.addRow(["", date, "", kinds[n % kinds.length], country, "", n % 2 ? "Madrid" : "", "", counterparts, `Sujet ${tag} ${n}`, ""]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** What this user has written: their meetings and audit entries, and every import batch. */
function writtenBy(userId: number) {
  return withDb((db) => ({
    meetings: (db.prepare("select count(*) n from meetings where created_by = ?").get(userId) as { n: number }).n,
    people: (db.prepare("select count(*) n from people where created_by = ?").get(userId) as { n: number }).n,
    audit: (db.prepare("select count(*) n from audit_log where user_id = ?").get(userId) as { n: number }).n,
    batches: (db.prepare("select count(*) n from import_batches where created_by = ?").get(userId) as { n: number }).n,
  }));
}

async function upload(page: Page, label: string, file: { name: string; buffer: Buffer; mimeType?: string }, previewButton: string) {
  await page.getByLabel(label).setInputFiles({ mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ...file });
  await page.getByRole("button", { name: previewButton }).click();
}

test("staff import 20 meetings from Excel: rows named in Arabic and French, 18 written, none the second time; bad files refused", async ({ page }) => {
  test.setTimeout(120_000);
  const staff = await createTestUser("staff", { locale: "ar" });
  const workbook = await meetingsWorkbook();
  await signIn(page, staff.email, staff.password);

  // The meetings list leads to the import.
  await page.goto("/meetings");
  await page.getByRole("main").getByRole("link", { name: "استيراد" }).click();
  await expect(page).toHaveURL(/\/imports\?kind=meetings$/);

  // In Arabic: the preview names the rows and the columns.
  await upload(page, "المصنف (XLSX أو CSV)", { name: "entretiens.xlsx", buffer: workbook }, "معاينة");
  await expect(page.getByTestId("import-row-6")).toHaveAttribute("data-status", "refused");
  await expect(page.getByTestId("import-row-6")).toContainText("السطر 6، العمود «التاريخ»: «31/04/2015» ليس تاريخًا موجودًا.");
  await expect(page.getByTestId("import-row-11")).toContainText("السطر 11، العمود «بلد المحاور»: بلد غير معروف «Atlantide».");
  await expect(page.getByTestId("import-row-16")).toHaveAttribute("data-status", "ambiguous");
  await expect(page.getByTestId("import-row-16")).toContainText("السطر 16، العمود «التاريخ»: «03/04/15» يحتمل أكثر من قراءة.");
  await expect(page.getByTestId("import-counts")).toHaveText("17 جديد · 0 للتحديث · 0 دون تغيير · 1 للحسم · 2 مرفوض");
  expect(writtenBy(staff.id).meetings).toBe(0);

  // In French: the same rows and columns, in French.
  await switchLanguage(page, "Français");
  await upload(page, "Classeur (XLSX ou CSV)", { name: "entretiens.xlsx", buffer: workbook }, "Aperçu");
  await expect(page.getByTestId("import-row-6")).toContainText("Ligne 6, colonne « Date » : « 31/04/2015 » n'est pas une date qui existe.");
  await expect(page.getByTestId("import-row-11")).toContainText("Ligne 11, colonne « Pays de l'interlocuteur » : pays inconnu « Atlantide ».");
  await expect(page.getByTestId("import-row-16")).toContainText("Ligne 16, colonne « Date » : « 03/04/15 » peut se lire de plusieurs façons.");

  // The ambiguous date is decided (3 April 2015, day first); the refused rows are skipped.
  await page.getByLabel("Lecture de la date de la ligne 16").selectOption("dmy");
  await expect(page.getByTestId("import-row-16")).toHaveAttribute("data-status", "new");
  await expect(page.getByTestId("import-counts")).toHaveText("18 nouvelles · 0 à mettre à jour · 0 inchangées · 0 à trancher · 2 refusées");
  await page.getByRole("button", { name: "Importer les lignes retenues (18)" }).click();
  await expect(page.getByTestId("import-outcome")).toHaveText("Import terminé : 18 créées, 0 mises à jour, 0 inchangées, 2 ignorées.");

  const written = withDb((db) => ({
    meetings: db.prepare("select id, starts_on, country_code, validation_status from meetings where topics like ? order by id").all(`Sujet ${tag} %`) as {
      id: number;
      starts_on: string;
      country_code: string | null;
      validation_status: string;
    }[],
    counterparts: (
      db
        .prepare("select count(*) n from meeting_counterparts mc join meetings m on m.id = mc.meeting_id where m.topics like ?")
        .get(`Sujet ${tag} %`) as { n: number }
    ).n,
  }));
  expect(written.meetings).toHaveLength(18);
  // Rows 3, 6, 9, 12, 15, 18 of the 20 name two counterparts; rows 5 and 10 (one each) were skipped.
  expect(written.counterparts).toBe(18 + 6);
  expect(written.meetings.every((m) => m.validation_status === "new")).toBe(true);
  expect(written.meetings.map((m) => m.starts_on)).toContain("2015-04-03");
  expect(written.meetings.map((m) => m.starts_on)).toContain("2015-09-19");
  expect(new Set(written.meetings.map((m) => m.country_code))).toEqual(new Set(["ES", "BE", "SN"]));

  // The same file again: every row matches what it created; nothing can be written.
  const afterFirst = writtenBy(staff.id);
  await upload(page, "Classeur (XLSX ou CSV)", { name: "entretiens.xlsx", buffer: workbook }, "Aperçu");
  await expect(page.getByTestId("import-counts")).toHaveText("0 nouvelles · 0 à mettre à jour · 17 inchangées · 1 à trancher · 2 refusées");
  await expect(page.getByTestId("import-preview")).toContainText("Ce fichier a déjà été importé");
  await page.getByLabel("Lecture de la date de la ligne 16").selectOption("dmy");
  await expect(page.getByTestId("import-counts")).toHaveText("0 nouvelles · 0 à mettre à jour · 18 inchangées · 0 à trancher · 2 refusées");
  await expect(page.getByRole("button", { name: "Importer les lignes retenues (0)" })).toBeDisabled();
  expect(writtenBy(staff.id)).toEqual(afterFirst);
  expect(withDb((db) => (db.prepare("select count(*) n from meetings where topics like ?").get(`Sujet ${tag} %`) as { n: number }).n)).toBe(18);

  // Bad files: each refused in words, nothing written.
  const refused = async (file: { name: string; buffer: Buffer; mimeType?: string }, message: string) => {
    const before = writtenBy(staff.id);
    await upload(page, "Classeur (XLSX ou CSV)", file, "Aperçu");
    await expect(page.getByTestId("import-refusal")).toContainText("Fichier refusé : rien n'a été enregistré");
    await expect(page.getByTestId("import-refusal")).toContainText(message);
    await expect(page.getByTestId("import-preview")).toHaveCount(0);
    expect(writtenBy(staff.id)).toEqual(before);
  };
  await refused({ name: "abime.xlsx", buffer: workbook.subarray(0, Math.floor(workbook.length / 2)) }, "Le classeur est endommagé et ne peut pas être ouvert.");
  const pdf = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
  await refused({ name: "rapport.xlsx", buffer: pdf }, "Ce n'est pas un classeur : son contenu est un fichier PDF.");
  const eleven = Buffer.concat([workbook, Buffer.alloc(11 * 1024 * 1024 - workbook.length, 0x20)]);
  await refused({ name: "enorme.xlsx", buffer: eleven }, "Le fichier dépasse 10 Mo.");
});
