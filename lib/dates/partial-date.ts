/**
 * Dates at the precision the source gives: a year (`2016`), a month (`2017-04`) or a day
 * (`2018-01-04`), stored as partial ISO 8601 strings. They are calendar dates, not instants:
 * nothing here goes through the local time zone, so a date typed in Riyadh comes back the same
 * from a server in New York.
 */
import { dateTimeFormat } from "@/lib/i18n/intl-cache";

export type DatePrecision = "year" | "month" | "day";

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses a partial ISO date.
 * @returns `{ year, month?, day?, precision }`, or null when the string is not a real date
 *   (wrong shape, month 13, 31 April, 29 February of a common year).
 */
export function parsePartialDate(
  value: string | null | undefined,
): { year: number; month?: number; day?: number; precision: DatePrecision } | null {
  if (!value) return null;
  const m = PARTIAL_DATE.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1900 || year > 2200) return null;
  if (m[2] === undefined) return { year, precision: "year" };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month, precision: "month" };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: "day" };
}

/** True when `value` is a valid partial ISO date. */
export function isPartialDate(value: string | null | undefined): boolean {
  return parsePartialDate(value) !== null;
}

/** The precision of a valid partial date; throws RangeError on an invalid one. */
export function precisionOf(value: PartialDate): DatePrecision {
  const parsed = parsePartialDate(value);
  if (!parsed) throw new RangeError(`Not a partial ISO date: ${value}`);
  return parsed.precision;
}

/** First day covered by a partial date, as `YYYY-MM-DD` (`2017-04` → `2017-04-01`). */
export function firstDay(value: PartialDate): string {
  const p = parsePartialDate(value);
  if (!p) throw new RangeError(`Not a partial ISO date: ${value}`);
  return `${p.year}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`;
}

/** Last day covered by a partial date, as `YYYY-MM-DD` (`2017-04` → `2017-04-30`). */
export function lastDay(value: PartialDate): string {
  const p = parsePartialDate(value);
  if (!p) throw new RangeError(`Not a partial ISO date: ${value}`);
  const month = p.month ?? 12;
  return `${p.year}-${pad(month)}-${pad(p.day ?? daysInMonth(p.year, month))}`;
}

/**
 * Compares two partial dates by their first day, then the less precise first
 * (so `2017` sorts before `2017-01` before `2017-01-01`). For Array.prototype.sort.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const byDay = firstDay(a).localeCompare(firstDay(b));
  return byDay !== 0 ? byDay : a.length - b.length;
}

/**
 * Today's calendar date in a given IANA time zone, as `YYYY-MM-DD`.
 * @param timeZone defaults to Africa/Casablanca, the department's own.
 */
export function todayIn(timeZone = "Africa/Casablanca", now: Date = new Date()): string {
  return dateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** BCP 47 locale used to format dates for each interface language. */
export const dateLocales = { ar: "ar-MA", fr: "fr-MA", en: "en-GB" } as const;

/**
 * Formats a partial date at its own precision in the interface language: `2018-12` in Arabic is
 * «دجنبر 2018» (Moroccan month names, Latin digits: CLDR data for ar-MA), in French «décembre 2018».
 * Never adds a day the value does not have. Returns "" for an empty or invalid value.
 */
export function formatPartialDate(value: string | null | undefined, locale: keyof typeof dateLocales): string {
  if (!value) return "";
  return remembered(`${locale}|${value}`, () => formatUncached(value, locale));
}

/**
 * Formatted dates, kept: ICU's format and formatRange cost tens of microseconds a call and a list
 * page formats the same few dates again on every request. At most FORMATTED_LIMIT strings (then
 * emptied), so memory stays bounded whatever the database holds.
 */
const formatted = new Map<string, string>();
const FORMATTED_LIMIT = 5000;

function remembered(key: string, make: () => string): string {
  let value = formatted.get(key);
  if (value === undefined) {
    value = make();
    if (formatted.size >= FORMATTED_LIMIT) formatted.clear();
    formatted.set(key, value);
  }
  return value;
}

function formatUncached(value: string, locale: keyof typeof dateLocales): string {
  const p = parsePartialDate(value);
  if (!p) return "";
  // Noon UTC formatted in UTC: the calendar date cannot shift whatever the process's TZ is.
  const date = new Date(Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1, 12));
  const options: Intl.DateTimeFormatOptions = { timeZone: "UTC", year: "numeric", numberingSystem: "latn" };
  if (p.precision !== "year") options.month = "long";
  if (p.precision === "day") options.day = "numeric";
  return dateTimeFormat(dateLocales[locale], options).format(date);
}

/**
 * Formats a date or a date range (`start`..`end`) compactly: «5 - 7 دجنبر 2018», «19–20 nov. 2015».
 * Uses Intl.DateTimeFormat#formatRange, which collapses the shared month and year.
 */
export function formatPartialDateRange(
  start: string | null | undefined,
  end: string | null | undefined,
  locale: keyof typeof dateLocales,
): string {
  if (!start) return "";
  return remembered(`${locale}|${start}|${end ?? ""}`, () => formatRangeUncached(start, end, locale));
}

function formatRangeUncached(start: string, end: string | null | undefined, locale: keyof typeof dateLocales): string {
  const s = parsePartialDate(start);
  const e = parsePartialDate(end);
  if (!s) return "";
  if (!e || end === start) return formatPartialDate(start, locale);
  if (s.precision !== e.precision) {
    return `${formatPartialDate(start, locale)} – ${formatPartialDate(end, locale)}`;
  }
  const options: Intl.DateTimeFormatOptions = { timeZone: "UTC", year: "numeric", numberingSystem: "latn" };
  if (s.precision !== "year") options.month = "long";
  if (s.precision === "day") options.day = "numeric";
  const toDate = (p: NonNullable<typeof s>) => new Date(Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1, 12));
  return dateTimeFormat(dateLocales[locale], options).formatRange(toDate(s), toDate(e));
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * True when partial date `later` can be on or after `earlier`: some day it covers is on or after
 * the first day `earlier` covers (`2020-02` may follow `2020-02-10`; `2019-12` may not).
 * Both must be valid partial dates (RangeError otherwise).
 */
export function mayFollow(earlier: PartialDate, later: PartialDate): boolean {
  return lastDay(later) >= firstDay(earlier);
}
