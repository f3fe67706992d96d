/**
 * A partial date as a form holds it (`{ precision, value }`), its zod schema shared by the browser
 * and the server, and the period wording of record pages. The date itself stays a partial ISO
 * string (lib/dates/partial-date.ts): it never passes through a time zone.
 */
import { z } from "zod";
import { firstDay, formatPartialDate, formatPartialDateRange, lastDay, parsePartialDate, type DatePrecision } from "@/lib/dates/partial-date";
import type { Locale } from "@/lib/i18n/config";

export const datePrecisions = ["day", "month", "year"] as const satisfies readonly DatePrecision[];

/**
 * A date typed at a chosen precision: `value` is "" (no date) or a partial ISO date of exactly
 * that precision (`2017`, `2017-04`, `2017-04-12`). The precision is kept even when the value is
 * empty, so the form remembers which kind of input to show.
 */
export const partialDateInputSchema = z
  .object({ precision: z.enum(datePrecisions), value: z.string().trim() })
  .superRefine((date, ctx) => {
    if (date.value && parsePartialDate(date.value)?.precision !== date.precision) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "dateInvalid" });
    }
  });
export type PartialDateInput = z.infer<typeof partialDateInputSchema>;

/** A stored partial date (or null) as the form's input value. */
export function toPartialDateInput(value: string | null | undefined, fallback: DatePrecision = "month"): PartialDateInput {
  const parsed = parsePartialDate(value);
  return parsed ? { precision: parsed.precision, value: value! } : { precision: fallback, value: "" };
}

/** The form's date as the column stores it: the partial ISO string, or null when empty. */
export const dateOrNull = (input: PartialDateInput): string | null => input.value || null;

/** Adds a `dateRangeOrder` issue on `endPath` when the range [start, end] runs backwards. */
export function checkDateRange(
  ctx: z.RefinementCtx,
  start: PartialDateInput,
  end: PartialDateInput,
  endPath: (string | number)[],
): void {
  if (!start.value || !end.value) return;
  if (!parsePartialDate(start.value) || !parsePartialDate(end.value)) return;
  if (lastDay(end.value) < firstDay(start.value)) {
    ctx.addIssue({ code: "custom", path: endPath, message: "dateRangeOrder" });
  }
}

/**
 * A period at its precision: "2016 – May 2017", or "From 2016" / "Until May 2017" when the record
 * has only one end; "" when it has neither.
 * @param words the interface's "from {date}" and "until {date}" messages
 */
export function formatPeriod(
  start: string | null,
  end: string | null,
  locale: Locale,
  words: (key: "from" | "until", values: { date: string }) => string,
): string {
  if (start && end) return formatPartialDateRange(start, end, locale);
  if (start) return words("from", { date: formatPartialDate(start, locale) });
  if (end) return words("until", { date: formatPartialDate(end, locale) });
  return "";
}

