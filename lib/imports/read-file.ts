/**
 * Reads an uploaded workbook (XLSX with exceljs, CSV with csv-parse) into a header row and rows of
 * cells, or refuses the whole file with a reason. Nothing here touches the database.
 *
 * Limits: 10 MB (MAX_IMPORT_BYTES), 10,000 data rows (MAX_IMPORT_ROWS). The type is judged by the
 * content (file-type), never by the name: a renamed PDF is refused; an OLE compound file is an
 * encrypted (password-protected) workbook or an old .xls; a zip that exceljs cannot open is
 * corrupt. Formulas are never evaluated: their cached result is read, and a formula without one
 * is refused in its cell. Only the first worksheet is read (an export's second sheet is a pivot).
 */
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { fileTypeFromBuffer } from "file-type";
import type { ImportCell } from "./dates";

/** Largest accepted file: 10 MB (10 × 1024 × 1024 bytes). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** Most data rows accepted in one file (the header row not counted). */
export const MAX_IMPORT_ROWS = 10_000;

export type FileRefusalCode = "empty" | "tooLarge" | "wrongType" | "passwordProtected" | "corrupt" | "tooManyRows" | "noRows" | "notText";

export type FileRefusal = { code: FileRefusalCode; params?: Record<string, string | number> };

export type ReadSheet = {
  format: "xlsx" | "csv";
  headers: string[];
  /** Data rows, each with the row number a spreadsheet shows (the header is row 1). */
  rows: { rowNumber: number; cells: ImportCell[] }[];
};

/**
 * Reads `bytes` as a workbook.
 * @returns the first sheet's header and rows (rows whose every cell is blank are left out), or a
 *   refusal: empty, tooLarge {maxMb}, wrongType {type}, passwordProtected, corrupt, notText,
 *   tooManyRows {max}, noRows.
 */
export async function readImportFile(bytes: Uint8Array): Promise<{ ok: true; sheet: ReadSheet } | { ok: false; refusal: FileRefusal }> {
  if (bytes.byteLength === 0) return refuse("empty");
  if (bytes.byteLength > MAX_IMPORT_BYTES) return refuse("tooLarge", { maxMb: MAX_IMPORT_BYTES / 1024 / 1024 });
  const type = await fileTypeFromBuffer(bytes);
  let sheet: ReadSheet | FileRefusal;
  if (type?.ext === "xlsx" || type?.ext === "zip") sheet = await readXlsx(bytes);
  else if (type?.ext === "cfb") return refuse("passwordProtected");
  else if (type) return refuse("wrongType", { type: type.ext.toUpperCase() });
  else sheet = readCsv(bytes);
  if ("code" in sheet) return { ok: false, refusal: sheet };
  if (sheet.rows.length === 0) return refuse("noRows");
  if (sheet.rows.length > MAX_IMPORT_ROWS) return refuse("tooManyRows", { max: MAX_IMPORT_ROWS });
  return { ok: true, sheet };
}

function refuse(code: FileRefusalCode, params?: Record<string, string | number>) {
  return { ok: false as const, refusal: { code, params } };
}

const isBlank = (cells: ImportCell[]) => cells.every((c) => c.kind === "empty" || (c.kind === "text" && c.text.trim() === ""));

// -- XLSX ----------------------------------------------------------------------------------------

async function readXlsx(bytes: Uint8Array): Promise<ReadSheet | FileRefusal> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    return { code: "corrupt" };
  }
  const worksheet = workbook.worksheets[0];
  if (!worksheet || worksheet.actualRowCount === 0) return { code: "noRows" };
  // Checked before reading cells, so a huge sheet is refused without walking it.
  if (worksheet.actualRowCount - 1 > MAX_IMPORT_ROWS) return { code: "tooManyRows", params: { max: MAX_IMPORT_ROWS } };
  const headerRow = worksheet.getRow(1);
  const width = Math.max(headerRow.cellCount, 1);
  const headers = Array.from({ length: width }, (_, i) => cellText(xlsxCell(headerRow.getCell(i + 1).value)));
  const rows: ReadSheet["rows"] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = Array.from({ length: width }, (_, i) => xlsxCell(row.getCell(i + 1).value));
    if (!isBlank(cells)) rows.push({ rowNumber, cells });
  });
  return { format: "xlsx", headers, rows };
}

/** One exceljs cell value as an ImportCell (formulas: their cached result only). */
function xlsxCell(value: ExcelJS.CellValue): ImportCell {
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "string") return { kind: "text", text: value };
  if (typeof value === "number") return { kind: "number", number: value };
  if (typeof value === "boolean") return { kind: "text", text: value ? "TRUE" : "FALSE" };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { kind: "error", code: "cellError", text: "" };
    // exceljs gives a date cell as that day at 00:00 UTC.
    return { kind: "date", iso: value.toISOString().slice(0, 10) };
  }
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: ExcelJS.CellValue }).result;
      if (result === undefined || result === null) return { kind: "error", code: "formulaNoValue", text: String((value as { formula?: string }).formula ?? "") };
      return xlsxCell(result as ExcelJS.CellValue);
    }
    if ("richText" in value) return { kind: "text", text: value.richText.map((r) => r.text).join("") };
    if ("error" in value) return { kind: "error", code: "cellError", text: String(value.error) };
    if ("text" in value) return xlsxCell((value as { text: ExcelJS.CellValue }).text);
  }
  return { kind: "text", text: String(value) };
}

/** The text of a cell, for headers and text columns (a date cell as its ISO day). */
export function cellText(cell: ImportCell): string {
  switch (cell.kind) {
    case "empty":
      return "";
    case "text":
      return cell.text.trim();
    case "number":
      return String(cell.number);
    case "date":
      return cell.iso;
    case "error":
      return cell.text;
  }
}

// -- CSV -----------------------------------------------------------------------------------------

function readCsv(bytes: Uint8Array): ReadSheet | FileRefusal {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { code: "notText" };
  }
  // A NUL or other control bytes: a binary file file-type does not know.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) return { code: "notText" };
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = [",", ";", "\t"].reduce((best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best), ",");
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
  } catch {
    return { code: "corrupt" };
  }
  const [header, ...data] = records;
  if (!header) return { code: "noRows" };
  const rows: ReadSheet["rows"] = [];
  data.forEach((record, index) => {
    const cells = header.map((_, i): ImportCell => {
      // Taawun's own CSV export writes text a spreadsheet would run as a formula after an
      // apostrophe (lib/exports/writers.ts neutraliseFormula): read back, it is the text again.
      const value = (record[i] ?? "").replace(/^'(?=[=+\-@\t\r])/, "");
      return value.trim() === "" ? { kind: "empty" } : { kind: "text", text: value };
    });
    if (!isBlank(cells)) rows.push({ rowNumber: index + 2, cells });
  });
  return { format: "csv", headers: header.map((h) => h.trim()), rows };
}
