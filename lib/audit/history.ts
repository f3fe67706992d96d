/**
 * A record's history as the audit log tells it, for the "History" card of detail pages.
 * Server-only: callers check the read permission on the record first.
 */
import "server-only";
import { and, count, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, users } from "@/db/schema";

/** A History card shows at most this many entries, the newest (issue #9: no page grows with the database). */
export const HISTORY_LIMIT = 20;

/** One audit entry as a History card shows it. */
export type AuditEntry = { id: number; at: string; action: string; changes: Record<string, unknown> | null; userName: string | null };

/**
 * The newest audit entries of one record with the name of who did each (null for the seed), and
 * how many there are in all (counted only when there are more than `limit`).
 * @param entityType the audit log's entity type (`agreement`, `person`, `organisation`, `event`, `user` ...)
 * @param limit at most this many entries (HISTORY_LIMIT)
 * @returns `{ history, historyTotal }`: entries newest first (along audit_log_entity_idx)
 */
export function fetchAuditHistory(entityType: string, entityId: number, limit = HISTORY_LIMIT): { history: AuditEntry[]; historyTotal: number } {
  const db = getDb();
  const where = and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId));
  const history = db
    .select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, changes: auditLog.changes, userName: sql<string | null>`(select ${users.name} from ${users} where ${users.id} = ${auditLog.userId})` })
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit)
    .all();
  const historyTotal = history.length < limit ? history.length : (db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0);
  return { history, historyTotal };
}

/** The names of who created and last changed a row (null for the seed). */
export function fetchStampNames(createdBy: number | null, updatedBy: number | null) {
  const db = getDb();
  const name = (id: number | null) =>
    id === null ? null : (db.select({ name: users.name }).from(users).where(eq(users.id, id)).get()?.name ?? null);
  return { createdByName: name(createdBy), updatedByName: name(updatedBy) };
}
