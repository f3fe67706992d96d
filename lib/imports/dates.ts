/**
 * How an imported cell becomes a partial ISO date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), and when it is
 * too ambiguous to read without asking. The rules, in order:
 *
 * 1. A date cell (a workbook's own date) is read as the day it holds: never ambiguous.
 * 2. A number: a whole number from 1900 to 2200 is a year (`2016`); any other positive number is an
 *    Excel serial day (1900 date system, days since 1899-12-30; a time of day is dropped). Serials
 *    of 1900–1905 are thus read as years: no meeting on record is that old.
 * 3. Text with Eastern Arabic digits is read with Latin ones; ISO `yyyy-mm-dd`, `yyyy-mm`, `yyyy`
 *    and `mm/yyyy` are read as lib/dates/typed-date.ts reads a typed date.
 * 4. `a/b/yyyy` (or `.`, `-`, space) is day/month/year, the Moroccan order the template states:
 *    - when only month/day/year names a real day (`04/25/2020`), it is flagged, never guessed;
 *    - when both orders name a real day and differ (`03/04/2020`), it is read day-first, unless
 *      the same file holds a date that only reads month-first: then every such value is flagged;
 *    - when neither names a real day (`31/04/2020`), it is refused as impossible.
 * 5. A two-digit year (`3/4/20`) is always flagged: its century and often its order are a guess.
 *
 * A flagged value carries its possible readings (`dmy`, `mdy`); the user picks one per row.
 */
import { parsePartialDate } from "@/lib/dates/partial-date";
import { parseTypedDate } from "@/lib/dates/typed-date";

export type DateReading = "dmy" | "mdy";

/** A cell as read from the file (lib/imports/read-file.ts). */
export type ImportCell =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "number"; number: number }
  | { kind: "date"; iso: string }
  | { kind: "error"; code: "formulaNoValue" | "cellError"; text: string };

export type ImportedDate =
  | { status: "empty" }
  | { status: "ok"; value: string }
  | { status: "invalid"; error: "unreadable" | "impossible" }
  | { status: "ambiguous"; readings: Partial<Record<DateReading, string>> };

/** Evidence a file gives about its day/month order (see rule 4). */
export type FileDateOrder = { monthFirst: boolean };

const SLASHED = /^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{2}|\d{4})$/;
const SERIAL_TEXT = /^\d{5}(\.\d+)?$/;

function latinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

const pad = (n: number) => String(n).padStart(2, "0");

/** `yyyy-mm-dd` when the day exists, else null. */
function dayOf(year: number, month: number, day: number): string | null {
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return parsePartialDate(iso) ? iso : null;
}

/**
 * An Excel serial day (1900 date system) as `yyyy-mm-dd`, or null outside 1900–2200.
 * Serial 1 is 1900-01-01; Excel counts a phantom 29 February 1900 (serial 60, refused here), so
 * from serial 61 on the epoch is 1899-12-30.
 */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const day = Math.floor(serial);
  if (day === 60) return null;
  const date = new Date(Date.UTC(1899, 11, day < 60 ? 31 : 30) + day * 86_400_000);
  const iso = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  return parsePartialDate(iso) ? iso : null;
}

/** The readings of a slashed text `a/b/y`, each a real day or null. */
function slashedReadings(text: string): { dmy: string | null; mdy: string | null; shortYear: boolean } | null {
  const m = SLASHED.exec(latinDigits(text).trim());
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  const shortYear = m[3]!.length === 2;
  const year = shortYear ? 2000 + Number(m[3]) : Number(m[3]);
  return { dmy: dayOf(year, b, a), mdy: dayOf(year, a, b), shortYear };
}

/** Whether a file's date texts show month-first order: one of them only reads month/day/year. */
export function fileDateOrder(texts: readonly string[]): FileDateOrder {
  return {
    monthFirst: texts.some((text) => {
      const r = slashedReadings(text);
      return !!r && !r.shortYear && !r.dmy && !!r.mdy;
    }),
  };
}

/** Reads one cell of a date column with the rules above. */
export function readImportedDate(cell: ImportCell, order: FileDateOrder): ImportedDate {
  if (cell.kind === "empty") return { status: "empty" };
  if (cell.kind === "error") return { status: "invalid", error: "unreadable" };
  if (cell.kind === "date") return parsePartialDate(cell.iso) ? { status: "ok", value: cell.iso } : { status: "invalid", error: "impossible" };
  if (cell.kind === "number") {
    if (Number.isInteger(cell.number) && cell.number >= 1900 && cell.number <= 2200) return { status: "ok", value: String(cell.number) };
    const iso = excelSerialToIso(cell.number);
    return iso ? { status: "ok", value: iso } : { status: "invalid", error: "impossible" };
  }
  const text = latinDigits(cell.text).trim();
  if (text === "") return { status: "empty" };
  if (SERIAL_TEXT.test(text)) return readImportedDate({ kind: "number", number: Number(text) }, order);
  const slashed = slashedReadings(text);
  if (slashed) {
    const { dmy, mdy, shortYear } = slashed;
    if (!dmy && !mdy) return { status: "invalid", error: "impossible" };
    const readings: Partial<Record<DateReading, string>> = {};
    if (dmy) readings.dmy = dmy;
    if (mdy && mdy !== dmy) readings.mdy = mdy;
    if (shortYear) return { status: "ambiguous", readings };
    if (dmy && (!mdy || mdy === dmy)) return { status: "ok", value: dmy };
    if (!dmy) return { status: "ambiguous", readings };
    return order.monthFirst ? { status: "ambiguous", readings } : { status: "ok", value: dmy };
  }
  const typed = parseTypedDate(text);
  if (!typed.ok) return { status: "invalid", error: typed.error };
  return typed.value === "" ? { status: "empty" } : { status: "ok", value: typed.value };
}
