/**
 * The period a publication covers, as the user picks it: `from` and `to` are partial ISO dates
 * (`2016`, `2017-04`, `2018-01-04`), each optional. A record belongs to the period when some day
 * it covers falls inside it. A project that states no period meets it through its dated
 * milestones (lib/publications/queries.ts); other undated rows are kept.
 */
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { firstDay, isPartialDate, lastDay } from "@/lib/dates/partial-date";
import { locales } from "@/lib/i18n/config";
import "@/lib/validation/errors";

const optionalPartialDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || isPartialDate(v), { error: "dateInvalid" });

/** The publications page's query string: `?from=2018&to=2018-12&lang=fr`. */
export const publicationQuerySchema = z
  .object({
    from: optionalPartialDate,
    to: optionalPartialDate,
    lang: z.enum(locales).catch("ar"),
  })
  .superRefine((value, ctx) => {
    if (value.from && value.to && lastDay(value.to) < firstDay(value.from)) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "dateRangeOrder" });
    }
  });
export type PublicationQuery = z.output<typeof publicationQuerySchema>;

/** The period in days: first day of `from`, last day of `to` (either may be open). */
export type PeriodBounds = { fromDay: string | null; toDay: string | null };

export function periodBounds(query: { from?: string; to?: string }): PeriodBounds {
  return { fromDay: query.from ? firstDay(query.from) : null, toDay: query.to ? lastDay(query.to) : null };
}

/**
 * SQL: the partial-date span `start`..`end` (end may be null: the start alone) meets the period.
 * Partial ISO strings compare lexically with a full day as their first day does; the end is
 * compared as its last day by padding it with "-99" (`2017-04` → `2017-04-99`), so no day is ever
 * stored or shown. A null start keeps the row (undated). SQLite/PostgreSQL-portable (substr, ||).
 */
export function overlapsPeriod(start: SQL | SQL.Aliased | unknown, end: unknown, period: PeriodBounds): SQL {
  const conditions: SQL[] = [];
  if (period.toDay) conditions.push(sql`(${start} is null or ${start} <= ${period.toDay})`);
  if (period.fromDay) {
    conditions.push(sql`(${start} is null or substr(coalesce(${end}, ${start}) || '-99-99', 1, 10) >= ${period.fromDay})`);
  }
  return conditions.length ? sql.join(conditions, sql` and `) : sql`1 = 1`;
}

/** Same test in memory, for rows already read (a project's milestones). */
export function spanMeetsPeriod(start: string | null, end: string | null, period: PeriodBounds): boolean {
  if (!start || !isPartialDate(start)) return true;
  const last = lastDay(end && isPartialDate(end) ? end : start);
  return (!period.toDay || firstDay(start) <= period.toDay) && (!period.fromDay || last >= period.fromDay);
}
