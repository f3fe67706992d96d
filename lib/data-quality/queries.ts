/**
 * The data-quality report as a work list (supervisors and administrators): what the seed loader
 * could not record faithfully, filtered by kind, record type and state, each point with a link to
 * its record and the abilities of the current user on it.
 */
import "server-only";
import { and, asc, count, eq, isNotNull, isNull, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { readBetweenWrites } from "@/lib/cache/read-cache";
import { activities, dataQualityIssues, eventEditions, users } from "@/db/schema";
import { assertCan, can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { DataQualityFilters } from "./schema";

/** Page size of the work list: the report is bounded however many points a load produced. */
export const DATA_QUALITY_PAGE_SIZE = 50;

/** One point as the page shows it. */
export type DataQualityPoint = {
  id: number;
  version: number;
  kind: string;
  entityType: string | null;
  /** Where the record lives in the app, or null when it has no page. */
  href: string | null;
  sourceExcerpt: string;
  note: { ar: string; fr: string; en: string };
  resolution: { at: string; byName: string | null; note: string | null } | null;
};

/** The work list: the points on this page, the total under the filters, and what the user may do. */
export type DataQualityView = {
  points: DataQualityPoint[];
  total: number;
  page: number;
  pageCount: number;
  /** Open points in the whole report, whatever the filters (the page's heading). */
  openTotal: number;
  canResolve: boolean;
};

const rooms: Record<string, string> = {
  meeting: "/meetings",
  person: "/people",
  project: "/projects",
  agreement: "/agreements",
  organisation: "/organisations",
  programme: "/programmes",
};

/**
 * Link to the record a point is about. Milestones (activities) open on their project's page and
 * event editions on their event's page, so `parentId` is that project's or event's id.
 */
export function dataQualityEntityHref(entityType: string | null, entityId: number | null, parentId: number | null = null): string | null {
  if (!entityType || !entityId) return null;
  if (entityType === "activity") return parentId ? `/projects/${parentId}` : null;
  if (entityType === "event_edition") return parentId ? `/events/${parentId}` : null;
  return rooms[entityType] ? `${rooms[entityType]}/${entityId}` : null;
}

/**
 * The work list under `filters` (kind, record type, open/resolved/all), `page` (1-based) of
 * DATA_QUALITY_PAGE_SIZE points, in kind then key order.
 * @throws ForbiddenError unless the user may read the data-quality report
 */
export const fetchDataQualityView = readBetweenWrites("dataQuality.view", (user: SessionUser, filters: DataQualityFilters, page: number = 1): DataQualityView => {
  assertCan(user.role, "read", "dataQuality");
  const db = getDb();
  const t = dataQualityIssues;
  const conditions: SQL[] = [];
  if (filters.kind) conditions.push(eq(t.kind, filters.kind));
  if (filters.type) conditions.push(eq(t.entityType, filters.type));
  if (filters.state === "open") conditions.push(isNull(t.resolvedAt));
  if (filters.state === "resolved") conditions.push(isNotNull(t.resolvedAt));
  const where = conditions.length ? and(...conditions) : undefined;

  const total = db.select({ n: count() }).from(t).where(where).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / DATA_QUALITY_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);
  const rows = db
    .select({
      id: t.id,
      version: t.version,
      kind: t.kind,
      entityType: t.entityType,
      entityId: t.entityId,
      sourceExcerpt: t.sourceExcerpt,
      noteAr: t.noteAr,
      noteFr: t.noteFr,
      noteEn: t.noteEn,
      resolvedAt: t.resolvedAt,
      resolutionNote: t.resolutionNote,
      resolvedByName: users.name,
      activityProjectId: activities.projectId,
      editionEventId: eventEditions.eventId,
    })
    .from(t)
    .leftJoin(users, eq(users.id, t.resolvedBy))
    .leftJoin(activities, and(eq(t.entityType, "activity"), eq(activities.id, t.entityId)))
    .leftJoin(eventEditions, and(eq(t.entityType, "event_edition"), eq(eventEditions.id, t.entityId)))
    .where(where)
    .orderBy(asc(t.kind), asc(t.key))
    .limit(DATA_QUALITY_PAGE_SIZE)
    .offset((current - 1) * DATA_QUALITY_PAGE_SIZE)
    .all();
  const openTotal = db.select({ n: count() }).from(t).where(isNull(t.resolvedAt)).get()?.n ?? 0;

  return {
    points: rows.map((r) => ({
      id: r.id,
      version: r.version,
      kind: r.kind,
      entityType: r.entityType,
      href: dataQualityEntityHref(r.entityType, r.entityId, r.activityProjectId ?? r.editionEventId ?? null),
      sourceExcerpt: r.sourceExcerpt,
      note: { ar: r.noteAr, fr: r.noteFr, en: r.noteEn },
      resolution: r.resolvedAt ? { at: r.resolvedAt, byName: r.resolvedByName, note: r.resolutionNote } : null,
    })),
    total,
    page: current,
    pageCount,
    openTotal,
    canResolve: can(user.role, "update", "dataQuality"),
  };
});
