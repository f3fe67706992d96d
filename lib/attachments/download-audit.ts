/**
 * The audit entry of a download: who took which file, off which record. A download reads and
 * changes no record, so it is not a mutation of lib/write; like an export (lib/exports/lists.ts
 * `recordExport`), this entry is all it writes.
 */
import "server-only";
import { getDb } from "@/db/client";
import { auditLog } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import type { AttachmentEntityType } from "./schema";

/**
 * Writes a `download` entry on entity type `attachment` (the attachment's id), with the file's
 * original name, its SHA-256 and the record it hangs off. Call it once the stored bytes were read,
 * so a missing file (answered 404) leaves no entry.
 * @throws SqliteError when the database refuses the write (the route then answers 500, sends nothing)
 */
export function recordAttachmentDownload(
  user: Pick<SessionUser, "id">,
  attachment: { id: number; originalName: string; sha256: string; entityType: AttachmentEntityType; entityId: number },
): void {
  getDb()
    .insert(auditLog)
    .values({
      userId: user.id,
      action: "download",
      entityType: "attachment",
      entityId: attachment.id,
      changes: { originalName: attachment.originalName, sha256: attachment.sha256, record: { entityType: attachment.entityType, entityId: attachment.entityId } },
    })
    .run();
}
