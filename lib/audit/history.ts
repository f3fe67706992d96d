/**
 * A record's history as the audit log tells it, for the "History" card of detail pages.
 * Server-only: callers check the read permission on the record first.
 */
import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, users } from "@/db/schema";

/**
 * Audit entries of one record, newest first, with the name of who did each (null for the seed).
 * @param entityType the audit log's entity type (`agreement`, `person`, `organisation`, `event` ...)
 */
export function fetchAuditHistory(entityType: string, entityId: number) {
  return getDb()
    .select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, changes: auditLog.changes, userName: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .all();
}

/** The names of who created and last changed a row (null for the seed). */
export function fetchStampNames(createdBy: number | null, updatedBy: number | null) {
  const db = getDb();
  const name = (id: number | null) =>
    id === null ? null : (db.select({ name: users.name }).from(users).where(eq(users.id, id)).get()?.name ?? null);
  return { createdByName: name(createdBy), updatedByName: name(updatedBy) };
}
