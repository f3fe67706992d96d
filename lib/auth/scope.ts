/**
 * The row scope, in one place: which records a user may see and touch, beyond what the permission
 * table (lib/auth/permissions.ts) grants on a kind of record. Staff, supervisors and administrators
 * see every project; a steering-committee member sees only the projects whose steering committee
 * they sit on (steering_committee_memberships), and what hangs off them (milestones, reviews).
 *
 * Reads add these SQL conditions to their WHERE (`projectScope`, `milestoneScope`); the write path
 * (lib/write/run-mutation.ts) runs `assertInScope` on the record every mutation of a project or a
 * milestone declares, inside its transaction, so that no action can forget it.
 */
import "server-only";
import { and, eq, inArray, isNull, type SQL } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { activities, projects, steeringCommitteeMemberships } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/write/errors";

/** SQL subquery: the ids of the projects whose steering committee `userId` sits on. */
function committeeProjectIds(userId: number) {
  return getDb()
    .select({ id: steeringCommitteeMemberships.projectId })
    .from(steeringCommitteeMemberships)
    .where(eq(steeringCommitteeMemberships.userId, userId));
}

/** SQL on `projects`: the projects whose steering committee the user sits on (whatever their role). */
export function sitsOnCommittee(user: Pick<SessionUser, "id">): SQL {
  return inArray(projects.id, committeeProjectIds(user.id));
}

/**
 * SQL on `projects`: the projects the user may see. undefined (every project) for roles that see
 * all; for a steering-committee member, only the projects whose committee they sit on.
 */
export function projectScope(user: Pick<SessionUser, "id" | "role">): SQL | undefined {
  return user.role === "committee" ? sitsOnCommittee(user) : undefined;
}

/**
 * What projectScope depends on in the user, for the key of a cached read (lib/cache/read-cache.ts):
 * the role, and for a steering-committee member who they are.
 */
export function projectScopeKey(user: Pick<SessionUser, "id" | "role">): string {
  return user.role === "committee" ? `committee:${user.id}` : user.role;
}

/** SQL on `activities`: the milestones the user may see (those of the projects in their scope). */
export function milestoneScope(user: Pick<SessionUser, "id" | "role">): SQL | undefined {
  return user.role === "committee" ? inArray(activities.projectId, committeeProjectIds(user.id)) : undefined;
}

/**
 * A stored record a mutation touches: a project, or a milestone (in a project that is not
 * archived). Archived records are out of reach unless `includeArchived` (restoring a project, a
 * supervisor's validation decision, which its own version check refuses on an archived record).
 */
export type ScopedRecord = { project: number; includeArchived?: boolean } | { milestone: number; includeArchived?: boolean };

/**
 * Checks, inside a write's transaction, that the record exists and is within the user's scope.
 * @returns the id of the project the record belongs to
 * @throws NotFoundError when it is missing, archived or out of scope: nothing tells which
 */
export function assertInScope(tx: Tx, user: Pick<SessionUser, "id" | "role">, record: ScopedRecord): { projectId: number } {
  if ("milestone" in record) {
    const row = tx
      .select({ projectId: activities.projectId })
      .from(activities)
      .innerJoin(projects, eq(projects.id, activities.projectId))
      .where(
        and(
          eq(activities.id, record.milestone),
          record.includeArchived ? undefined : and(isNull(activities.archivedAt), isNull(projects.archivedAt)),
          projectScope(user),
        ),
      )
      .get();
    if (!row) throw new NotFoundError("activity", record.milestone);
    return row;
  }
  const row = tx
    .select({ projectId: projects.id })
    .from(projects)
    .where(and(eq(projects.id, record.project), record.includeArchived ? undefined : isNull(projects.archivedAt), projectScope(user)))
    .get();
  if (!row) throw new NotFoundError("project", record.project);
  return row;
}
