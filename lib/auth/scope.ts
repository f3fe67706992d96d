/**
 * The row scope: which records a user may see and touch, beyond what the permission table
 * (lib/auth/permissions.ts) grants on a kind of record. Staff, supervisors and administrators see
 * every project; a steering-committee member sees only the projects whose steering committee they
 * sit on (steering_committee_memberships), and what hangs off them (milestones, reviews).
 * Reads add these SQL conditions to their WHERE; the write path checks them in its transaction.
 */
import "server-only";
import { and, eq, inArray, isNull, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { projects, steeringCommitteeMemberships } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { NotFoundError, type WriteContext } from "@/lib/write/run-mutation";

/**
 * The row scope of projects for a user: undefined (every project) for roles that see all;
 * for a steering-committee member, only the projects whose committee they sit on.
 */
export function projectScope(user: SessionUser): SQL | undefined {
  if (user.role !== "committee") return undefined;
  return inArray(
    projects.id,
    getDb()
      .select({ id: steeringCommitteeMemberships.projectId })
      .from(steeringCommitteeMemberships)
      .where(eq(steeringCommitteeMemberships.userId, user.id)),
  );
}

/**
 * The project, if it exists, is not archived and is within the user's scope (a committee member's
 * own projects); otherwise NotFoundError, so that nothing tells whether it exists.
 */
export function assertProjectInScope(ctx: Pick<WriteContext<unknown>, "tx" | "user">, projectId: number): void {
  const project = ctx.tx
    .select({ id: projects.id })
    .from(projects)
    .where(and(eq(projects.id, projectId), isNull(projects.archivedAt)))
    .get();
  if (!project) throw new NotFoundError("project", projectId);
  if (ctx.user.role === "committee") {
    const member = ctx.tx
      .select({ projectId: steeringCommitteeMemberships.projectId })
      .from(steeringCommitteeMemberships)
      .where(and(eq(steeringCommitteeMemberships.projectId, projectId), eq(steeringCommitteeMemberships.userId, ctx.user.id)))
      .get();
    if (!member) throw new NotFoundError("project", projectId);
  }
}
