/**
 * Recording an uploaded file (the route app/api/attachments/route.ts hands it over): the size and
 * the content are checked, the bytes stored under their hash, and the metadata written through
 * the one write path (permission "update" on the record's kind, the scope rule for projects and
 * milestones, the audit entry "upload"), so a file is attached only by who may edit the record.
 */
import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { agreements, attachments, meetings } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { NotFoundError, runMutation, type ActionResult } from "@/lib/write/run-mutation";
import { detectAttachmentType } from "./content-type";
import { attachmentRecordSchema, attachmentResource, attachmentTargetSchema, MAX_ATTACHMENT_BYTES } from "./schema";
import { sha256Hex, storeContent } from "./storage";

/**
 * Attaches one file to a record.
 * @param target `{ entityType, entityId }` as the form sent them (strings are coerced)
 * @param file   the uploaded file (a `File`): its original name, its size in bytes, its content
 * @returns the new attachment's id; errors "unauthenticated", "forbidden" (may not edit records of
 *   that kind), "notFound" (record missing, archived or out of scope), "invalid" with message
 *   "attachmentTooLarge" (over 20 MB) or "attachmentTypeRefused" (not PDF, DOCX, XLSX, PNG or JPEG
 *   by its content, whatever its name)
 */
export async function uploadAttachment(target: unknown, file: Pick<File, "name" | "size" | "arrayBuffer">): Promise<ActionResult<{ id: number }>> {
  const parsedTarget = attachmentTargetSchema.safeParse(target);
  if (!parsedTarget.success) return { ok: false, error: "invalid", message: "formInvalid" };
  const { entityType, entityId } = parsedTarget.data;
  const resource = attachmentResource[entityType];
  // The write path checks these again; asked first here so that a refused user learns nothing of
  // the file's checks (and no content is examined for them).
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: "unauthenticated", message: "unauthenticated" };
  if (!can(user.role, "update", resource)) return { ok: false, error: "forbidden", message: "forbidden" };
  // Refused before the bytes are read when the size says enough.
  if (file.size > MAX_ATTACHMENT_BYTES) return { ok: false, error: "invalid", message: "attachmentTooLarge" };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const mediaType = await detectAttachmentType(bytes);
  if (!mediaType) return { ok: false, error: "invalid", message: "attachmentTypeRefused" };

  const sha256 = sha256Hex(bytes);
  // Only the name itself: some browsers once sent the whole path.
  const originalName = (file.name.split(/[\\/]/).pop() ?? "").trim().slice(0, 255) || "attachment";

  return runMutation({
    action: "update",
    resource,
    schema: attachmentRecordSchema,
    input: { entityType, entityId, originalName, mediaType, sizeBytes: bytes.byteLength, sha256 },
    scope: (data) => (data.entityType === "project" ? { project: data.entityId } : data.entityType === "milestone" ? { milestone: data.entityId } : null),
    write: (ctx) => {
      const { data, tx } = ctx;
      if (data.entityType === "meeting" || data.entityType === "agreement") {
        const table = data.entityType === "meeting" ? meetings : agreements;
        const record = tx.select({ id: table.id }).from(table).where(and(eq(table.id, data.entityId), isNull(table.archivedAt))).get();
        if (!record) throw new NotFoundError(data.entityType, data.entityId);
      }
      // Stored once per content; a failed transaction leaves at most an unreferenced file.
      storeContent(bytes);
      const { id } = tx
        .insert(attachments)
        .values({ ...data, uploadedBy: ctx.user.id, uploadedAt: ctx.now })
        .returning({ id: attachments.id })
        .get();
      ctx.audit({
        action: "upload",
        entityType: "attachment",
        entityId: id,
        changes: { entityType: data.entityType, entityId: data.entityId, originalName: data.originalName, mediaType: data.mediaType, sizeBytes: data.sizeBytes, sha256: data.sha256 },
      });
      return { id };
    },
  });
}
