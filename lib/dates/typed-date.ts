/**
 * Dates as a person in Morocco types them: day, then month, then year (`12/01/2026` is 12 January
 * 2026, in every interface language), or the ISO form (`2026-01-12`). The precision is what was
 * typed: `12/01/2026` a day, `04/2017` a month, `2016` a year. Shared by the date input of every
 * form and filter, and by the Excel import (a cell typed as text).
 */
import { parsePartialDate, type DatePrecision, type PartialDate } from "@/lib/dates/partial-date";

/** Why a typed date was refused: not a date shape at all, or a shape with an impossible value. */
export type TypedDateError = "unreadable" | "impossible";

export type TypedDateResult =
  | { ok: true; value: PartialDate; precision: DatePrecision }
  | { ok: false; error: TypedDateError }
  | { ok: true; value: ""; precision: null };

/** Eastern Arabic (U+0660–0669) and Persian (U+06F0–06F9) digits as Latin ones. */
function latinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

const DAY_MONTH_YEAR = /^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{4})$/;
const MONTH_YEAR = /^(\d{1,2})[/.\-\s](\d{4})$/;
const YEAR = /^(\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/;

const pad = (n: string) => n.padStart(2, "0");

/**
 * Reads a typed date.
 * @param text what the person typed; surrounding spaces ignored; `/`, `.`, `-` or a space between
 *   parts; Eastern Arabic digits accepted.
 * @returns `{ ok: true, value: "" }` for an empty text; `{ ok: true, value, precision }` with the
 *   partial ISO date (`2026-01-12`, `2017-04`, `2016`); or `{ ok: false, error }`: "unreadable"
 *   when the text has no date shape, "impossible" when it does but names no real day (31/04/2020,
 *   29/02/2019, month 13, a year outside 1900–2200).
 */
export function parseTypedDate(text: string | null | undefined): TypedDateResult {
  const typed = latinDigits(text ?? "").trim();
  if (typed === "") return { ok: true, value: "", precision: null };
  let iso: string | null = null;
  let m: RegExpExecArray | null;
  if ((m = ISO.exec(typed))) iso = m[3] ? `${m[1]}-${pad(m[2]!)}-${pad(m[3])}` : `${m[1]}-${pad(m[2]!)}`;
  else if ((m = DAY_MONTH_YEAR.exec(typed))) iso = `${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`;
  else if ((m = MONTH_YEAR.exec(typed))) iso = `${m[2]}-${pad(m[1]!)}`;
  else if ((m = YEAR.exec(typed))) iso = m[1]!;
  if (!iso) return { ok: false, error: "unreadable" };
  const parsed = parsePartialDate(iso);
  if (!parsed) return { ok: false, error: "impossible" };
  return { ok: true, value: iso, precision: parsed.precision };
}

/**
 * A partial ISO date as it is typed back: `2026-01-12` → `12/01/2026`, `2017-04` → `04/2017`,
 * `2016` → `2016`. Anything that is not a valid partial date is returned unchanged (so a refused
 * text stays as the person typed it).
 */
export function formatTypedDate(value: string | null | undefined): string {
  if (!value) return "";
  const p = parsePartialDate(value);
  if (!p) return value;
  const dd = (n: number) => String(n).padStart(2, "0");
  if (p.precision === "year") return String(p.year);
  if (p.precision === "month") return `${dd(p.month!)}/${p.year}`;
  return `${dd(p.day!)}/${dd(p.month!)}/${p.year}`;
}
