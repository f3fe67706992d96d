/**
 * Milestones: server-only reads. A milestone is read through its project's scope (lib/auth/scope.ts):
 * a steering-committee member reads only the milestones of projects whose committee they sit on.
 * A project's milestones for its page come with `fetchProject`.
 */
import "server-only";
import { and, eq, isNull, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { activities, projects } from "@/db/schema";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { milestoneScope } from "@/lib/auth/scope";
import type { MilestoneListFilters } from "./schema";

/**
 * One milestone with its project's id (for the write path's checks and the edit dialog), or
 * null when missing, archived or outside the user's scope.
 * @throws ForbiddenError when the user may not read milestones
 */
export function fetchMilestone(user: SessionUser, id: number) {
  assertCan(user.role, "read", "milestone");
  return (
    getDb()
      .select({ activity: activities })
      .from(activities)
      .innerJoin(projects, eq(projects.id, activities.projectId))
      .where(and(eq(activities.id, id), isNull(activities.archivedAt), isNull(projects.archivedAt), milestoneScope(user)))
      .get() ?? null
  );
}

/**
 * The WHERE over `activities` joined to `projects` of the milestones the user may see (their
 * projects' scope, lib/auth/scope.ts), neither they nor their project archived; `project` keeps one
 * project's. For a reader that walks them by keyset (lib/exports).
 * @throws ForbiddenError when the user may not read milestones
 */
export function milestonesListWhere(user: SessionUser, filters: MilestoneListFilters): SQL | undefined {
  assertCan(user.role, "read", "milestone");
  return and(
    isNull(activities.archivedAt),
    isNull(projects.archivedAt),
    milestoneScope(user),
    filters.project ? eq(activities.projectId, filters.project) : undefined,
  );
}
