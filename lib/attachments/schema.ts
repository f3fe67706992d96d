/**
 * Attachments: which records take files, which files are accepted, how large, and the shapes the
 * upload route and the archive actions parse. Messages are `errors.*` keys.
 */
import { z } from "zod";
import { attachmentEntityTypes, type AttachmentEntityType } from "@/db/schema";
import type { Resource } from "@/lib/auth/permissions";
import { recordVersionSchema } from "@/lib/validation/fields";

import { acceptedMediaTypes, MAX_ATTACHMENT_BYTES, type AcceptedMediaType } from "./accepted";

export { attachmentEntityTypes, type AttachmentEntityType };
export { acceptedMediaTypes, MAX_ATTACHMENT_BYTES, type AcceptedMediaType };

/** The permission resource that guards a record type's files (read to download, update to attach). */
export const attachmentResource: Record<AttachmentEntityType, Resource> = {
  meeting: "meeting",
  agreement: "agreement",
  project: "project",
  milestone: "milestone",
};

/** The record an upload is for, as the upload form sends it (multipart fields are strings). */
export const attachmentTargetSchema = z.object({
  entityType: z.enum(attachmentEntityTypes),
  entityId: z.coerce.number().int().positive(),
});
export type AttachmentTarget = z.infer<typeof attachmentTargetSchema>;

/** What the write path records for one stored file (the route has checked the content). */
export const attachmentRecordSchema = attachmentTargetSchema.extend({
  originalName: z.string().trim().min(1).max(255),
  mediaType: z.enum(Object.keys(acceptedMediaTypes) as [AcceptedMediaType, ...AcceptedMediaType[]]),
  sizeBytes: z.number().int().positive().max(MAX_ATTACHMENT_BYTES, "attachmentTooLarge"),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AttachmentRecord = z.infer<typeof attachmentRecordSchema>;

/**
 * `{ id, version }` of an attachment, with the record type it hangs off: the permission asked is
 * that type's (archive needs "update" on it, restore "restore"); a mismatch is "notFound".
 */
export const attachmentVersionSchema = recordVersionSchema.extend({ entityType: z.enum(attachmentEntityTypes) });
export type AttachmentVersionInput = z.input<typeof attachmentVersionSchema>;
