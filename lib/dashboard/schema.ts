/** The supervisor dashboard's filters, as they live in the URL (`/?country=DE&funder=3`). */
import { z } from "zod";

export const dashboardFiltersSchema = z.object({
  /** ISO 3166-1 alpha-2: a project's partner country, an agreement's counterpart, a meeting's country. */
  country: z.string().regex(/^[A-Z]{2}$/).optional().catch(undefined),
  /** An organisation holding the funding role on projects. */
  funder: z.coerce.number().int().positive().optional().catch(undefined),
  /**
   * The meetings chart's period: `recent` (the last MEETING_MONTHS months) or `all` (the first to
   * the last month with a meeting). Unset: `recent` when it holds a meeting, else `all`, so the
   * chart spans the data's actual period.
   */
  period: z.enum(["recent", "all"]).optional().catch(undefined),
});
export type DashboardFilters = z.infer<typeof dashboardFiltersSchema>;

/** The longest period the meetings chart draws (months), so a stray date cannot stretch it. */
export const MAX_CHART_MONTHS = 120;

/**
 * The calendar months from `first` to `last` (`YYYY-MM`), both included, oldest first; at most
 * the MAX_CHART_MONTHS last of them.
 */
export function monthsBetween(first: string, last: string): string[] {
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  const months: string[] = [];
  for (let i = Math.max(index(first), index(last) - MAX_CHART_MONTHS + 1); i <= index(last); i += 1) {
    months.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
  }
  return months;
}

/** How many months the meetings chart covers, the current one included. */
export const MEETING_MONTHS = 24;

/** How many days ahead "due soon" looks, today included. */
export const DUE_SOON_DAYS = 30;

/**
 * The `count` calendar months ending with `today`'s month, oldest first, as `YYYY-MM`.
 * @param today `YYYY-MM-DD`
 */
export function lastMonths(today: string, count: number): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const months: string[] = [];
  for (let i = count - 1; i >= 0; i -= 1) {
    const index = year * 12 + (month - 1) - i;
    months.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`);
  }
  return months;
}

/**
 * The calendar day `days` after `day` (both `YYYY-MM-DD`), computed in UTC so no time zone shifts it.
 */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Last day of a `YYYY-MM` month, as `YYYY-MM-DD`. */
export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
