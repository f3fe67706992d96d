/**
 * The staff home page's own reads (its other lists come from lib/record-validation and
 * lib/reviews).
 */
import "server-only";
import { and, asc, count, eq, isNull, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { followUpActions, meetings } from "@/db/schema";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";

/**
 * Follow-up actions still open (open or in progress) that are this user's: assigned to them, or
 * decided at a meeting they recorded. Overdue first, then by due date (undated last).
 * @param today `YYYY-MM-DD`; an action due before it is overdue
 * @returns `{ total, overdue, rows }` (rows: at most `limit`)
 * @throws ForbiddenError when the user may not read meetings
 */
export function fetchMyFollowUps(user: SessionUser, today: string, limit = 10) {
  assertCan(user.role, "read", "meeting");
  const db = getDb();
  const where = and(
    isNull(meetings.archivedAt),
    sql`${followUpActions.status} in ('open', 'in_progress')`,
    or(eq(followUpActions.ownerUserId, user.id), eq(meetings.createdBy, user.id)),
  );
  const overdue = sql`(${followUpActions.dueOn} is not null and ${followUpActions.dueOn} < ${today})`;
  const totals = db
    .select({ total: count(), overdue: sql<number>`coalesce(sum(case when ${overdue} then 1 else 0 end), 0)` })
    .from(followUpActions)
    .innerJoin(meetings, eq(meetings.id, followUpActions.meetingId))
    .where(where)
    .get() ?? { total: 0, overdue: 0 };
  const rows = db
    .select({
      id: followUpActions.id,
      description: followUpActions.description,
      owner: followUpActions.owner,
      dueOn: followUpActions.dueOn,
      status: followUpActions.status,
      overdue: sql<number>`${overdue}`,
      meetingId: meetings.id,
      meetingStartsOn: meetings.startsOn,
      meetingEndsOn: meetings.endsOn,
    })
    .from(followUpActions)
    .innerJoin(meetings, eq(meetings.id, followUpActions.meetingId))
    .where(where)
    .orderBy(sql`${followUpActions.dueOn} is null`, asc(followUpActions.dueOn), asc(followUpActions.id))
    .limit(limit)
    .all()
    .map((row) => ({ ...row, overdue: Boolean(row.overdue) }));
  return { total: totals.total, overdue: totals.overdue, rows };
}
