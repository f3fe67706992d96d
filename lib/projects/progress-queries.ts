/**
 * The progress rules of lib/projects/progress.ts as SQL subqueries, for lists that show many
 * projects' progress at once (one query for a page of projects and their aggregates).
 */
import "server-only";
import { and, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { activities } from "@/db/schema";
import { lateCondition } from "./progress";

/**
 * Per-project milestone aggregates (total, counted, done, late) in SQL, as a subquery to join.
 * Same rules as lib/projects/progress.ts `summarizeProgress` (cancelled milestones do not count).
 * @param projectIds when given, only these projects' milestones are read (a page's ids: at life
 *   size the whole table is 50,000 milestones)
 */
export function progressSubquery(today: string, projectIds?: number[]) {
  return getDb()
    .select({
      projectId: activities.projectId,
      total: sql<number>`count(*)`.as("progress_total"),
      counted: sql<number>`sum(case when ${activities.status} <> 'cancelled' then 1 else 0 end)`.as("progress_counted"),
      done: sql<number>`sum(case when ${activities.status} = 'done' then 1 else 0 end)`.as("progress_done"),
      late: sql<number>`sum(case when ${lateCondition(activities, today)} then 1 else 0 end)`.as("progress_late"),
    })
    .from(activities)
    .where(and(isNull(activities.archivedAt), projectIds && inArray(activities.projectId, projectIds)))
    .groupBy(activities.projectId)
    .as("progress");
}

/**
 * Per project, its open milestones not yet late ranked by planned date (partial ISO dates sort
 * lexically in chronological order, less precise first); rank 1 is the next one due.
 * @param projectIds when given, only these projects' milestones are read
 */
export function nextDueSubquery(today: string, projectIds?: number[]) {
  return getDb()
    .select({
      projectId: activities.projectId,
      id: activities.id,
      title: activities.title,
      plannedOn: activities.plannedOn,
      rank: sql<number>`row_number() over (partition by ${activities.projectId} order by ${activities.plannedOn}, ${activities.position}, ${activities.id})`.as(
        "next_rank",
      ),
    })
    .from(activities)
    .where(
      and(
        isNull(activities.archivedAt),
        projectIds && inArray(activities.projectId, projectIds),
        isNotNull(activities.plannedOn),
        sql`${activities.status} not in ('done', 'cancelled')`,
        sql`not ${lateCondition(activities, today)}`,
      ),
    )
    .as("next_due");
}
