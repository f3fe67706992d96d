/**
 * Attachments: server-only reads taking the current user. A file is read (listed, downloaded) by
 * exactly those who may read the record it hangs off: the permission table's "read" on the
 * record's kind, and the scope rule (lib/auth/scope.ts) for projects and milestones, so that a
 * committee member reaches only their projects' files. Anything else is "not there" (null).
 */
import "server-only";
import { and, asc, eq, inArray, isNull, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { readBetweenWrites } from "@/lib/cache/read-cache";
import { activities, agreements, attachments, meetings, projects, users } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import { milestoneScope, projectScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/session";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { attachmentResource, type AttachmentEntityType } from "./schema";
import { contentPath } from "./storage";

type Reader = Pick<SessionUser, "id" | "role">;

/**
 * The ids, among `ids`, of the records of `entityType` the user may read. Archived records count
 * only for those who may restore them (supervisors open archived pages to restore them).
 */
export function readableRecordIds(user: Reader, entityType: AttachmentEntityType, ids: readonly number[]): Set<number> {
  const resource = attachmentResource[entityType];
  if (ids.length === 0 || !can(user.role, "read", resource)) return new Set();
  const seesArchived = can(user.role, "restore", resource);
  const db = getDb();
  const live = (column: SQLiteColumn): SQL | undefined => (seesArchived ? undefined : isNull(column));
  let rows: { id: number }[];
  switch (entityType) {
    case "meeting":
      rows = db.select({ id: meetings.id }).from(meetings).where(and(inArray(meetings.id, [...ids]), live(meetings.archivedAt))).all();
      break;
    case "agreement":
      rows = db.select({ id: agreements.id }).from(agreements).where(and(inArray(agreements.id, [...ids]), live(agreements.archivedAt))).all();
      break;
    case "project":
      rows = db
        .select({ id: projects.id })
        .from(projects)
        .where(and(inArray(projects.id, [...ids]), live(projects.archivedAt), projectScope(user)))
        .all();
      break;
    case "milestone":
      rows = db
        .select({ id: activities.id })
        .from(activities)
        .innerJoin(projects, eq(projects.id, activities.projectId))
        .where(and(inArray(activities.id, [...ids]), live(activities.archivedAt), live(projects.archivedAt), milestoneScope(user)))
        .all();
      break;
  }
  return new Set(rows.map((r) => r.id));
}

/** One file as the panel lists it. */
export type AttachmentListItem = {
  id: number;
  version: number;
  originalName: string;
  mediaType: string;
  sizeBytes: number;
  uploadedAt: string;
  uploaderName: string | null;
  archivedAt: string | null;
};

/** What the attachments panel of one record shows and lets the user do. */
export type AttachmentPanelView = {
  entityType: AttachmentEntityType;
  entityId: number;
  files: AttachmentListItem[];
  /** Archived files: listed only to those who may restore them (supervisors), else empty. */
  archived: AttachmentListItem[];
  abilities: { upload: boolean; archive: boolean; restore: boolean };
};

/**
 * The attachments panels of several records of one kind (one query), keyed by record id, for the
 * records the user may read; records they may not read are absent.
 * @returns files oldest first, archived files for supervisors, and the user's abilities
 */
export const fetchAttachmentPanels = readBetweenWrites("attachments.panels", (user: SessionUser, entityType: AttachmentEntityType, ids: readonly number[]): Map<number, AttachmentPanelView> => {
  const readable = [...readableRecordIds(user, entityType, ids)];
  const resource = attachmentResource[entityType];
  const abilities = {
    upload: can(user.role, "update", resource),
    archive: can(user.role, "update", resource),
    restore: can(user.role, "restore", resource),
  };
  const panels = new Map<number, AttachmentPanelView>(
    readable.map((id) => [id, { entityType, entityId: id, files: [], archived: [], abilities }]),
  );
  if (readable.length === 0) return panels;
  const rows = getDb()
    .select({
      id: attachments.id,
      entityId: attachments.entityId,
      version: attachments.version,
      originalName: attachments.originalName,
      mediaType: attachments.mediaType,
      sizeBytes: attachments.sizeBytes,
      uploadedAt: attachments.uploadedAt,
      uploaderName: users.name,
      archivedAt: attachments.archivedAt,
    })
    .from(attachments)
    .leftJoin(users, eq(users.id, attachments.uploadedBy))
    .where(and(eq(attachments.entityType, entityType), inArray(attachments.entityId, readable), abilities.restore ? undefined : isNull(attachments.archivedAt)))
    .orderBy(asc(attachments.uploadedAt), asc(attachments.id))
    .all();
  for (const { entityId, ...file } of rows) {
    const panel = panels.get(entityId)!;
    (file.archivedAt ? panel.archived : panel.files).push(file);
  }
  return panels;
});

/** The attachments panel of one record, or null when the user may not read the record. */
export const fetchAttachmentPanel = readBetweenWrites("attachments.panel", (user: SessionUser, entityType: AttachmentEntityType, entityId: number): AttachmentPanelView | null => {
  return fetchAttachmentPanels(user, entityType, [entityId]).get(entityId) ?? null;
});

/**
 * A file to download: its metadata and where its bytes are.
 * @returns null (the route answers 404) when the attachment does not exist, is archived, or
 *   hangs off a record the user may not read (out of scope, another kind, archived); nothing
 *   tells which
 */
export function fetchAttachmentDownload(user: Reader, id: number) {
  const row = getDb().select().from(attachments).where(and(eq(attachments.id, id), isNull(attachments.archivedAt))).get();
  if (!row) return null;
  if (!readableRecordIds(user, row.entityType, [row.entityId]).has(row.entityId)) return null;
  return { attachment: row, path: contentPath(row.sha256) };
}
