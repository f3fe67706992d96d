"use server";

/**
 * Archiving and restoring an attached file, through the one write path: archiving (anyone who may
 * edit the record: a file attached by mistake is taken off) hides it from lists and downloads;
 * restoring it is a supervisor's ("restore" on the record's kind). The bytes are never deleted.
 */
import { revalidatePath } from "next/cache";
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attachments } from "@/db/schema";
import { ConflictError, NotFoundError, runMutation, type ActionResult } from "@/lib/write/run-mutation";
import { readableRecordIds } from "./queries";
import { attachmentEntityTypes, attachmentResource, attachmentVersionSchema, type AttachmentVersionInput } from "./schema";

function setArchived(mode: "archive" | "restore", input: AttachmentVersionInput): Promise<ActionResult<{ id: number; version: number }>> {
  const entityType = attachmentEntityTypes.find((type) => type === input?.entityType);
  if (!entityType) return Promise.resolve({ ok: false, error: "invalid", message: "formInvalid" });
  return runMutation({
    action: mode === "archive" ? "update" : "restore",
    resource: attachmentResource[entityType],
    schema: attachmentVersionSchema,
    input,
    // The record the file hangs off, for the scope rule (projects and milestones).
    scope: (data) => {
      const row = getDb().select().from(attachments).where(eq(attachments.id, data.id)).get();
      if (!row || row.entityType !== data.entityType) throw new NotFoundError("attachment", data.id);
      if (row.entityType === "project") return { project: row.entityId };
      if (row.entityType === "milestone") return { milestone: row.entityId };
      return null;
    },
    write: (ctx) => {
      const { id, version } = ctx.data;
      const before = ctx.tx.select().from(attachments).where(eq(attachments.id, id)).get();
      if (!before || !readableRecordIds(ctx.user, before.entityType, [before.entityId]).has(before.entityId)) throw new NotFoundError("attachment", id);
      if (before.version !== version) throw new ConflictError("attachment", id);
      const archivedAt = mode === "archive" ? ctx.now : null;
      const result = ctx.tx
        .update(attachments)
        .set({ archivedAt, archivedBy: mode === "archive" ? ctx.user.id : null, version: sql`${attachments.version} + 1` })
        .where(and(eq(attachments.id, id), eq(attachments.version, version), mode === "archive" ? isNull(attachments.archivedAt) : isNotNull(attachments.archivedAt)))
        .run();
      // Already archived (or not archived, to restore): nothing to do, shown as not found.
      if (result.changes !== 1) throw new NotFoundError("attachment", id);
      ctx.audit({ action: mode, entityType: "attachment", entityId: id, changes: { archivedAt: [before.archivedAt, archivedAt] } });
      return { id, version: version + 1 };
    },
  });
}

/**
 * Archives attachment `id` seen at `version` (it leaves the record's list and its URL answers 404).
 * Permission: "update" on the record's kind, within the scope rule.
 * @returns its id and new version; errors "forbidden", "notFound" (missing, already archived,
 *   another record kind, out of scope), "conflict" (changed since shown), "invalid"
 */
export async function archiveAttachment(input: AttachmentVersionInput) {
  const result = await setArchived("archive", input);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

/** Restores an archived attachment (supervisors: "restore" on the record's kind). Errors as archiveAttachment. */
export async function restoreAttachment(input: AttachmentVersionInput) {
  const result = await setArchived("restore", input);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
