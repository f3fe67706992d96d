/**
 * Server-only reads for the IATI export: validated projects (one, or all those of a filter) with
 * their partners (and the roles' IATI codes), titles and milestones, within the user's scope (a
 * steering-committee member exports only their committees' projects). Filtered in SQL.
 */
import "server-only";
import { and, asc, eq, inArray, isNull, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { activities, projectObjectives, projects } from "@/db/schema";
import { fetchPartnersOf } from "@/lib/projects/partners";
import { projectTitleColumns } from "@/lib/projects/summary-columns";
import { groupBy, inChunks } from "@/lib/read/chunks";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { projectScope } from "@/lib/auth/scope";
import { z } from "zod";

/** The export's filter, from the URL: one project, or a partner country and/or a status. */
export const iatiExportFilterSchema = z.object({
  project: z.coerce.number().int().positive().optional().catch(undefined),
  country: z.string().regex(/^[A-Z]{2}$/).optional().catch(undefined),
  status: z.enum(["not_stated", "pipeline", "implementation", "finalisation", "closed", "cancelled", "suspended"]).optional().catch(undefined),
});
export type IatiExportFilter = z.infer<typeof iatiExportFilterSchema>;

/**
 * The first validated, live project in the user's scope (the IATI picker's initial choice), or null.
 * @throws ForbiddenError when the user may not read projects
 */
export function fetchFirstIatiProject(user: SessionUser) {
  assertCan(user.role, "read", "project");
  return (
    getDb()
      .select(projectTitleColumns)
      .from(projects)
      .where(and(isNull(projects.archivedAt), eq(projects.validationStatus, "validated"), projectScope(user)))
      .orderBy(asc(projects.id))
      .limit(1)
      .get() ?? null
  );
}

/**
 * Validated, non-archived projects of the filter in the user's scope, by id, each with partners,
 * objectives and validated milestones.
 * @throws ForbiddenError when the user may not read projects
 */
export function fetchProjectsForIati(user: SessionUser, filter: IatiExportFilter) {
  assertCan(user.role, "read", "project");
  const db = getDb();
  const conditions: (SQL | undefined)[] = [isNull(projects.archivedAt), eq(projects.validationStatus, "validated"), projectScope(user)];
  if (filter.project) conditions.push(eq(projects.id, filter.project));
  if (filter.country) conditions.push(eq(projects.partnerCountryCode, filter.country));
  if (filter.status) conditions.push(eq(projects.status, filter.status));
  const rows = db.select().from(projects).where(and(...conditions)).orderBy(asc(projects.id)).all();
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const partners = fetchPartnersOf(ids, { order: "role" });
  // 500 ids a query (lib/read/chunks.ts): an export of every project stays within SQLite's limit.
  const objectives = groupBy(
    inChunks(ids, (chunk) => db.select().from(projectObjectives).where(inArray(projectObjectives.projectId, chunk)).orderBy(asc(projectObjectives.position)).all()),
    (o) => o.projectId,
  );
  const milestones = groupBy(
    inChunks(ids, (chunk) =>
      db
        .select()
        .from(activities)
        .where(and(inArray(activities.projectId, chunk), isNull(activities.archivedAt), eq(activities.validationStatus, "validated")))
        .orderBy(asc(activities.position), asc(activities.id))
        .all(),
    ),
    (m) => m.projectId,
  );
  return rows.map((project) => ({
    project,
    partners: partners.get(project.id) ?? [],
    objectives: (objectives.get(project.id) ?? []).map((o) => o.text),
    milestones: milestones.get(project.id) ?? [],
  }));
}

export type IatiProject = ReturnType<typeof fetchProjectsForIati>[number];
