/**
 * The audit entry of a read that the department keeps track of (an export, a file download). A
 * read changes no record, so it is not a mutation of lib/write (whose `ctx.audit` writes the
 * entries of changes); this entry is all such a read writes.
 */
import "server-only";
import { getDb } from "@/db/client";
import { auditLog } from "@/db/schema";

/**
 * Writes one audit entry for a read by `userId`: `action` (`export`, `download`) on `entityType`
 * and `entityId` (null when the read is not of one record), with `details` as the entry's JSON.
 * @throws SqliteError when the database refuses the write (the caller answers 500, sends nothing)
 */
export function recordReadAudit(userId: number, entry: { action: string; entityType: string; entityId: number | null; details: Record<string, unknown> }): void {
  getDb()
    .insert(auditLog)
    .values({ userId, action: entry.action, entityType: entry.entityType, entityId: entry.entityId, changes: entry.details })
    .run();
}
