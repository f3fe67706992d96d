/**
 * The downloadable template of each import kind: the header row in the user's language, one
 * example row (to replace), and, in the XLSX, a second sheet listing every column's header in
 * Arabic, French and English (any of them is accepted) with the date rule. CSV: UTF-8 with a
 * byte-order mark and CRLF, so that Excel opens Arabic correctly.
 */
import ExcelJS from "exceljs";
import { stringify } from "csv-stringify/sync";
import type { Locale } from "@/lib/i18n/config";
import { importColumns, type ImportKind } from "./columns";

export type TemplateTexts = {
  /** Example values by field, in the user's language. */
  example: Record<string, string>;
  /** The second sheet: its name, its header cells and the date rule. */
  sheetName: string;
  languagesHeader: [string, string, string, string];
  dateRule: string;
};

export type TemplateFile = { fileName: string; contentType: string; body: Uint8Array };

/**
 * Builds the template.
 * @param format "xlsx" (a workbook, right-to-left for Arabic) or "csv"
 */
export async function buildTemplate(kind: ImportKind, format: "xlsx" | "csv", locale: Locale, texts: TemplateTexts): Promise<TemplateFile> {
  const columns = importColumns[kind];
  const header = columns.map((c) => c.labels[locale]);
  const example = columns.map((c) => texts.example[c.field] ?? "");
  if (format === "csv") {
    const csv = stringify([header, example], { record_delimiter: "\r\n", quoted_match: /[",;\r\n]/ });
    return { fileName: `${kind}-template.csv`, contentType: "text/csv; charset=utf-8", body: new TextEncoder().encode(`\uFEFF${csv}`) };
  }
  const workbook = new ExcelJS.Workbook();
  const rtl = locale === "ar";
  const sheet = workbook.addWorksheet(kind, { views: [{ state: "frozen", ySplit: 1, rightToLeft: rtl }] });
  sheet.addRow(header).font = { bold: true };
  sheet.addRow(example);
  sheet.columns.forEach((column, i) => {
    column.width = Math.min(60, Math.max(14, header[i]!.length + 4, example[i]!.length + 2));
    // Dates typed as text keep the Moroccan order: Excel must not turn them into its own dates.
    column.numFmt = "@";
  });
  const help = workbook.addWorksheet(texts.sheetName, { views: [{ rightToLeft: rtl }] });
  help.addRow(texts.languagesHeader).font = { bold: true };
  for (const c of columns) help.addRow([c.field, c.labels.ar, c.labels.fr, c.labels.en]);
  help.addRow([]);
  help.addRow([texts.dateRule]);
  help.columns.forEach((column) => (column.width = 30));
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    fileName: `${kind}-template.xlsx`,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    body: new Uint8Array(buffer as ArrayBuffer),
  };
}
