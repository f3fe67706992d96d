/**
 * Project progress, computed from the milestone records (never typed by hand).
 *
 * A milestone is *late* when it is neither done nor cancelled and the last day its planned date
 * covers is before today: a milestone planned for "April 2017" (`2017-04`) becomes late on
 * 1 May 2017, one planned for "2017" on 1 January 2018, one planned for 2017-04-12 on 13 April.
 * A milestone without a planned date is never late.
 *
 * `today` is always a parameter (a `YYYY-MM-DD` calendar day, by default today in the
 * department's time zone, Africa/Casablanca) so that every rule here is a pure function.
 *
 * The same rule exists twice: in TypeScript (`isLate`, for one project's page) and in SQL
 * (`lateCondition`, for the aggregates of the projects list). progress.test.ts checks that they agree.
 */
import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { activityStatuses } from "@/db/schema";
import { comparePartialDates, lastDay, parsePartialDate, todayIn } from "@/lib/dates/partial-date";

export type ActivityStatus = (typeof activityStatuses)[number];

/** What the progress rules need of a milestone. */
export type MilestoneState = {
  status: ActivityStatus;
  /** Partial ISO date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) or null when not dated. */
  plannedOn: string | null;
};

/** Statuses after which a milestone no longer waits for anything. */
export const closedStatuses: readonly ActivityStatus[] = ["done", "cancelled"];

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function checkToday(today: string): string {
  if (!DAY.test(today) || parsePartialDate(today)?.precision !== "day") {
    throw new RangeError(`today must be a YYYY-MM-DD day, got "${today}"`);
  }
  return today;
}

/** True when the milestone is still open (neither done nor cancelled). */
export function isOpen(milestone: Pick<MilestoneState, "status">): boolean {
  return !closedStatuses.includes(milestone.status);
}

/**
 * Is this milestone late on `today`?
 * @param today `YYYY-MM-DD`; defaults to today in Africa/Casablanca
 * @returns true when open, dated, and the last day of its planned date is before `today`.
 *   An invalid stored date counts as undated (never late).
 * @throws RangeError when `today` is not a `YYYY-MM-DD` day
 */
export function isLate(milestone: MilestoneState, today: string = todayIn("Africa/Casablanca")): boolean {
  checkToday(today);
  if (!isOpen(milestone) || !milestone.plannedOn || !parsePartialDate(milestone.plannedOn)) return false;
  return lastDay(milestone.plannedOn) < today;
}

/** A project's progress, as the list and the project page show it. */
export type ProjectProgress = {
  /** Milestones on record (archived ones excluded by the caller). */
  total: number;
  /** Milestones that count: all but the cancelled ones. */
  counted: number;
  done: number;
  late: number;
  /** done / counted, between 0 and 1; null when no milestone counts. */
  shareDone: number | null;
};

/**
 * Share done and number late over a project's milestones.
 * Cancelled milestones are left out of the share (they will never be done, and are not missing).
 * @param today `YYYY-MM-DD`; defaults to today in Africa/Casablanca
 */
export function summarizeProgress(
  milestones: readonly MilestoneState[],
  today: string = todayIn("Africa/Casablanca"),
): ProjectProgress {
  checkToday(today);
  const counted = milestones.filter((m) => m.status !== "cancelled");
  const done = counted.filter((m) => m.status === "done").length;
  const late = milestones.filter((m) => isLate(m, today)).length;
  return {
    total: milestones.length,
    counted: counted.length,
    done,
    late,
    shareDone: counted.length === 0 ? null : done / counted.length,
  };
}

/**
 * The next milestone due: the open, dated, not-yet-late milestone with the earliest planned date
 * (less precise first on the same first day, as comparePartialDates sorts; then the given order).
 * @returns the milestone, or null when none is due
 */
export function nextDue<M extends MilestoneState>(
  milestones: readonly M[],
  today: string = todayIn("Africa/Casablanca"),
): M | null {
  checkToday(today);
  const waiting = milestones
    .map((m, index) => ({ m, index }))
    .filter(({ m }) => isOpen(m) && m.plannedOn && parsePartialDate(m.plannedOn) && !isLate(m, today));
  waiting.sort((a, b) => comparePartialDates(a.m.plannedOn!, b.m.plannedOn!) || a.index - b.index);
  return waiting[0]?.m ?? null;
}

/**
 * The SQL form of `isLate`, for aggregates over many projects.
 * A partial date P covers exactly the days whose ISO string starts with P, so "the last day of P is
 * before today" is "P < the prefix of today of P's length" (`2017-04` < `2017-05`); the strings
 * compare lexically, which for ISO dates is chronological order.
 * @param columns the status and planned-date columns (or expressions) of an activities row
 * @param today `YYYY-MM-DD`
 * @throws RangeError when `today` is not a `YYYY-MM-DD` day
 */
export function lateCondition(columns: { status: SQLWrapper; plannedOn: SQLWrapper }, today: string): SQL {
  checkToday(today);
  // `planned_on < today` is implied (a partial date below today's prefix sorts below today) and
  // is a range the open-milestones index (activities_open_planned_on_idx) can serve.
  return sql`(${columns.status} not in ('done', 'cancelled') and ${columns.plannedOn} is not null and ${columns.plannedOn} < ${today} and ${columns.plannedOn} < substr(${today}, 1, length(${columns.plannedOn})))`;
}

/** Percentage (0-100, rounded) of a share, or null. */
export function percentDone(progress: Pick<ProjectProgress, "shareDone">): number | null {
  return progress.shareDone === null ? null : Math.round(progress.shareDone * 100);
}
