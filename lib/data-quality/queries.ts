/** The data-quality report: what the seed loader could not record faithfully (supervisors). */
import "server-only";
import { asc } from "drizzle-orm";
import { getDb } from "@/db/client";
import { dataQualityIssues } from "@/db/schema";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";

/**
 * Every data-quality issue, grouped by kind order then key.
 * @throws ForbiddenError unless the user may read the data-quality report
 */
export function fetchDataQualityIssues(user: SessionUser) {
  assertCan(user.role, "read", "dataQuality");
  return getDb().select().from(dataQualityIssues).orderBy(asc(dataQualityIssues.kind), asc(dataQualityIssues.key)).all();
}

/** Link to the record an issue is about, when the app has a page for that kind of record. */
export function dataQualityEntityHref(entityType: string | null, entityId: number | null): string | null {
  if (!entityType || !entityId) return null;
  const rooms: Record<string, string> = {
    meeting: "/meetings",
    person: "/people",
    project: "/projects",
    agreement: "/agreements",
    organisation: "/organisations",
    programme: "/programmes",
  };
  return rooms[entityType] ? `${rooms[entityType]}/${entityId}` : null;
}
