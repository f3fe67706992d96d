/**
 * The calendar's month arithmetic and layout, pure (no database, no time zone): which days a
 * month grid shows (weeks start on Monday, the Moroccan convention), and where each dated item
 * goes. A day-precision item sits on its day(s); a month- or year-precision item belongs to the
 * month (the strip above the grid), never to an invented day.
 */
import { parsePartialDate } from "@/lib/dates/partial-date";
import type { CalendarKind } from "./schema";

/** How many items a day of the month grid lists before "+N more". */
export const DAY_CAP = 3;

/** How many month- or year-precision items the strip above the grid lists before "+N more". */
export const STRIP_CAP = 12;

/**
 * How many items the agenda lists in all, day after day (a month of a decade's volume holds about
 * 2,000): past it the agenda says how many it left out and the filters narrow it.
 */
export const AGENDA_CAP = 150;

/** One dated thing the user may see, with its record's link. Dates are partial ISO strings. */
export type CalendarEntry = {
  kind: CalendarKind;
  id: number;
  start: string;
  end: string | null;
  title: string;
  /** Secondary line: a project's acronym, a place. */
  context: string | null;
  countryCode: string | null;
  href: string;
};

/** A grid cell: an ISO day, whether it is in the shown month, its entries (all, uncapped). */
export type CalendarDay = { date: string; inMonth: boolean; entries: CalendarEntry[] };

export type CalendarMonthLayout = {
  month: string;
  /** Weeks of 7 days, Monday first. */
  weeks: CalendarDay[][];
  /** Month- and year-precision entries: they belong to the month, not to a day. */
  monthEntries: CalendarEntry[];
  /** The days of the shown month that have entries, in order (the agenda and the phone's list). */
  busyDays: CalendarDay[];
};

const pad = (n: number) => String(n).padStart(2, "0");
const isoOf = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** Year and month (1-12) of a `YYYY-MM` string. */
function yearMonth(month: string): [number, number] {
  return [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
}

/** Days in a `YYYY-MM` month. */
export function daysInMonth(month: string): number {
  const [y, m] = yearMonth(month);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The month `delta` months away from `month` (`2018-12`, +1 → `2019-01`). */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = yearMonth(month);
  const d = new Date(Date.UTC(y, m - 1 + delta, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

/** The first and last ISO days of a `YYYY-MM` month. */
export function monthBounds(month: string): { first: string; last: string } {
  return { first: `${month}-01`, last: `${month}-${pad(daysInMonth(month))}` };
}

/**
 * Lays out a month's entries. Entries are those the month query returned (overlapping `month`);
 * a day range (a 3-day forum) sits on each of its days inside the month; a range whose end is
 * not at day precision sits on its first day only. Entries keep their given order in each day.
 */
export function layoutMonth(month: string, entries: readonly CalendarEntry[]): CalendarMonthLayout {
  const { first, last } = monthBounds(month);
  const [y, m] = yearMonth(month);
  const firstDate = new Date(Date.UTC(y, m - 1, 1));
  // getUTCDay: 0 Sunday … 6 Saturday; days to step back to reach Monday.
  const lead = (firstDate.getUTCDay() + 6) % 7;
  const gridStart = new Date(Date.UTC(y, m - 1, 1 - lead));
  const cellCount = Math.ceil((lead + daysInMonth(month)) / 7) * 7;
  const days: CalendarDay[] = [];
  const byDate = new Map<string, CalendarDay>();
  for (let i = 0; i < cellCount; i++) {
    const date = isoOf(new Date(gridStart.getTime() + i * 86_400_000));
    const day = { date, inMonth: date >= first && date <= last, entries: [] as CalendarEntry[] };
    days.push(day);
    byDate.set(date, day);
  }
  const monthEntries: CalendarEntry[] = [];
  for (const entry of entries) {
    const start = parsePartialDate(entry.start);
    if (!start) continue;
    if (start.precision !== "day") {
      monthEntries.push(entry);
      continue;
    }
    const end = parsePartialDate(entry.end);
    const to = end?.precision === "day" && entry.end! > entry.start ? entry.end! : entry.start;
    const from = entry.start < first ? first : entry.start;
    const until = to > last ? last : to;
    for (let d = new Date(`${from}T00:00:00Z`); isoOf(d) <= until; d = new Date(d.getTime() + 86_400_000)) {
      byDate.get(isoOf(d))?.entries.push(entry);
    }
  }
  const weeks: CalendarDay[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  return { month, weeks, monthEntries, busyDays: days.filter((d) => d.inMonth && d.entries.length > 0) };
}
