import ExcelJS from "exceljs";
import { test } from "@playwright/test";
import { createTestUser } from "./support/db";
import { signIn } from "./support/fixtures";

for (const [width, height] of [[1366, 900], [390, 844]] as const) {
  test(`screens ${width}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const staff = await createTestUser("staff", { locale: "ar" });
    await signIn(page, staff.email, staff.password);
    await page.goto("/imports?kind=meetings");
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("x");
    sheet.addRow(["المعرف", "التاريخ", "بلد المحاور", "نوع اللقاء", "المحاورون", "المواضيع المتناولة"]);
    sheet.addRow(["", "05/12/2018", "إسبانيا", "جلسة عمل", "Ana Pérez — Secretaria de Estado", "الهجرة"]);
    sheet.addRow(["", "31/04/2019", "Espagne", "Séance de travail", "Jean Dupont", "x"]);
    sheet.addRow(["", "03/04/20", "BE", "working_meeting", "Jean Dupont — Maire", "y"]);
    sheet.addRow(["1", "", "", "", "", "تعديل"]);
    await page.getByLabel("المصنف (XLSX أو CSV)").setInputFiles({ name: "x.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from(await book.xlsx.writeBuffer()) });
    await page.getByRole("button", { name: "معاينة" }).click();
    await page.getByTestId("import-preview").waitFor();
    await page.screenshot({ path: `/tmp/imports-${width}.png`, fullPage: true });
  });
}
