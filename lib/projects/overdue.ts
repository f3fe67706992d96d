/**
 * Overdue projects (issue 14), in SQL so that the dashboard's count, the projects list's filter
 * and its marker are one rule.
 */
import { sql, type SQL } from "drizzle-orm";
import { activities, projects } from "@/db/schema";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Statuses that end a project: past its planned end, it is not overdue for that alone. */
export const PROJECT_ENDED_STATUSES = ["closed", "cancelled"] as const;

/**
 * SQL on `projects`: the project is overdue on `today` (issue 14). Its planned end, at its own
 * precision, has passed (a project ending "2019" is overdue from 1 January 2020), and either it is
 * not closed or cancelled and has no actual end, or it still has open milestones (neither done nor
 * cancelled). A project with no planned end is never overdue: nothing invents one.
 * @param today `YYYY-MM-DD`
 * @throws RangeError when `today` is not a `YYYY-MM-DD` day
 */
export function overdueProjectCondition(today: string): SQL {
  if (!DAY.test(today)) throw new RangeError(`today must be YYYY-MM-DD: ${today}`);
  const ended = sql.join(PROJECT_ENDED_STATUSES.map((s) => sql`${s}`), sql`, `);
  return sql`(${projects.plannedEnd} is not null and ${projects.plannedEnd} < substr(${today}, 1, length(${projects.plannedEnd})) and (
    (${projects.status} not in (${ended}) and ${projects.actualEnd} is null)
    or exists (select 1 from ${activities} where ${activities.projectId} = ${projects.id} and ${activities.archivedAt} is null and ${activities.status} not in ('done', 'cancelled'))
  ))`;
}
