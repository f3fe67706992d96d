/**
 * The two file formats of an export, both streamed: each writer pulls one page of rows at a time
 * from the sheets (lib/exports/sheet.ts) and waits for the reader before reading the next, so
 * memory stays bounded whatever the number of rows.
 *
 * - CSV (RFC 4180): UTF-8 with a byte-order mark (so that Excel reads Arabic as UTF-8), CRLF
 *   record ends, fields quoted when they hold a comma, a double quote, CR or LF (quotes doubled).
 *   Only the first sheet: a CSV file is one table. Text a spreadsheet would run as a formula starts
 *   with an apostrophe (neutraliseFormula).
 * - XLSX (exceljs' streaming WorkbookWriter): one worksheet per sheet, right to left for Arabic,
 *   the header row bold and frozen, the given column widths; a day-precision date is a real date
 *   cell (format yyyy-mm-dd), a month or year stays the text `2017-04` / `2016`; an amount is a
 *   number of major units (exact for every amount lib/money allows).
 */
import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { precisionOf } from "@/lib/dates/partial-date";
import { hundredthsToDecimal, hundredthsToMajor } from "@/lib/money/money";
import type { ExportCell, SheetSource } from "./sheet";

export const CSV_BOM = "\uFEFF";
export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";
const DATE_FORMAT = "yyyy-mm-dd";
const MONEY_FORMAT = "#,##0.00";

/**
 * Text that a spreadsheet would run as a formula when it opens the CSV file (a cell starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading apostrophe, so that a record
 * holding `=HYPERLINK(...)` or `@SUM(...)` is shown, never evaluated. Source: OWASP, "CSV
 * Injection". XLSX cells are typed strings and need nothing.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A cell as CSV text: dates as stored, amounts as their exact decimal (`123456789012.34`), text safe from formulas. */
function csvText(cell: ExportCell): string {
  if (cell === null) return "";
  if (typeof cell === "string") return neutraliseFormula(cell);
  if (typeof cell === "number") return String(cell);
  if ("partialDate" in cell) return cell.partialDate;
  return hundredthsToDecimal(cell.hundredths);
}

/** Rows as RFC 4180 CSV records, CRLF-terminated. */
export function csvRecords(rows: string[][]): string {
  return stringify(rows, { record_delimiter: "\r\n", quoted_match: /[\r\n]/ });
}

/**
 * The first sheet as a CSV byte stream (BOM, header record, then one record per row). Each read
 * of the stream writes one page.
 */
export function csvStream(sheet: SheetSource): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let pages: Iterator<ExportCell[][]> | null = null;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!pages) {
        pages = sheet.pages()[Symbol.iterator]();
        controller.enqueue(encoder.encode(CSV_BOM + csvRecords([sheet.headers])));
        return;
      }
      const next = pages.next();
      if (next.done) controller.close();
      else if (next.value.length > 0) controller.enqueue(encoder.encode(csvRecords(next.value.map((row) => row.map(csvText)))));
    },
    cancel() {
      pages?.return?.();
    },
  });
}

/** A day-precision date as a UTC midnight Date (what exceljs stores as a date serial). */
function dayDate(value: string): Date {
  const [year, month, day] = value.split("-").map(Number);
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
}

type XlsxValue = { value: string | number | Date | null; numFmt?: string };

function xlsxValue(cell: ExportCell): XlsxValue {
  if (cell === null || typeof cell === "string" || typeof cell === "number") return { value: cell };
  if ("partialDate" in cell) {
    return precisionOf(cell.partialDate) === "day" ? { value: dayDate(cell.partialDate), numFmt: DATE_FORMAT } : { value: cell.partialDate };
  }
  return { value: hundredthsToMajor(cell.hundredths), numFmt: MONEY_FORMAT };
}

/** A worksheet name Excel accepts: at most 31 characters, none of `\ / ? * [ ] :` (and unique, made so by the writer). */
function worksheetName(name: string): string {
  return name.replace(/[\\/?*[\]:]/g, " ").slice(0, 31) || "Sheet";
}

/** Uncompressed bytes a worksheet may leave waiting for the zip before the writer pauses. */
const MAX_PENDING_BYTES = 1024 * 1024;

/**
 * Bytes of worksheet XML written but not yet taken in by the zip's deflate stream. exceljs' streamed
 * worksheet pushes its XML into the zip entry without heeding backpressure (lib/utils/stream-buf.js),
 * so a slow reader would let it pile up there; this reads the entry's writable length (an exceljs
 * internal: 0 if its shape ever changes, and the wait below then rests on `output` alone).
 */
function pendingBytes(worksheet: ExcelJS.Worksheet): number {
  const entry = (worksheet as unknown as { _stream?: { pipes?: { writableLength?: number }[] } })._stream?.pipes?.[0];
  return entry?.writableLength ?? 0;
}

/** Resolves once the reader has taken what is buffered (or went away). */
async function readerCaughtUp(output: PassThrough, worksheet: ExcelJS.Worksheet): Promise<void> {
  // Lets the zip and deflate move the page just written along first.
  await new Promise((resolve) => setImmediate(resolve));
  while (!output.destroyed && (output.writableNeedDrain || pendingBytes(worksheet) > MAX_PENDING_BYTES)) {
    if (output.writableNeedDrain) await drainedOrClosed(output);
    else await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Waits for `drain` or `close`, leaving no listener behind. */
async function drainedOrClosed(output: PassThrough): Promise<void> {
  const done = new AbortController();
  try {
    await Promise.race([once(output, "drain", { signal: done.signal }), once(output, "close", { signal: done.signal })]);
  } finally {
    done.abort();
  }
}

/**
 * The sheets as an XLSX byte stream. `rightToLeft` for an Arabic reader. The workbook is written
 * as the stream is read; an error while writing errors the stream.
 */
export function xlsxStream(sheets: SheetSource[], options: { rightToLeft: boolean }): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const write = async () => {
    const used = new Set<string>();
    for (const sheet of sheets) {
      let name = worksheetName(sheet.name);
      for (let n = 2; used.has(name.toLowerCase()); n++) name = `${worksheetName(sheet.name).slice(0, 28)} ${n}`;
      used.add(name.toLowerCase());
      const worksheet = workbook.addWorksheet(name, {
        views: [{ state: "frozen", xSplit: 0, ySplit: 1, rightToLeft: options.rightToLeft }],
      });
      worksheet.columns = sheet.headers.map((header, index) => ({ header, width: sheet.widths[index] ?? 16 }));
      worksheet.getRow(1).font = { bold: true };
      worksheet.getRow(1).commit();
      for (const page of sheet.pages()) {
        for (const cells of page) {
          const values = cells.map(xlsxValue);
          const row = worksheet.addRow(values.map((v) => v.value));
          values.forEach((v, index) => {
            if (v.numFmt) row.getCell(index + 1).numFmt = v.numFmt;
          });
          row.commit();
        }
        await readerCaughtUp(output, worksheet);
        if (output.destroyed) return;
      }
      worksheet.commit();
    }
    await workbook.commit();
  };
  write().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}
