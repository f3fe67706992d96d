/**
 * The audit entry of a download: who took which file, off which record (a read's entry, like an
 * export's: lib/audit/read-entry.ts).
 */
import "server-only";
import { recordReadAudit } from "@/lib/audit/read-entry";
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
  recordReadAudit(user.id, {
    action: "download",
    entityType: "attachment",
    entityId: attachment.id,
    details: { originalName: attachment.originalName, sha256: attachment.sha256, record: { entityType: attachment.entityType, entityId: attachment.entityId } },
  });
}
