/**
 * Which files an attachment may be and how large: plain constants, apart from the zod shapes of
 * lib/attachments/schema.ts (which re-exports them) so that browser code can read them without
 * loading zod or the drizzle schema.
 */

/** Largest accepted file: 20 MB, counted in MiB (20 × 1024 × 1024 bytes). */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/**
 * The accepted kinds, by the media type `file-type` detects from the content (magic bytes; DOCX
 * and XLSX are ZIP packages told apart by their `[Content_Types].xml` / `word/` / `xl/` parts).
 * The value is the extension shown to users.
 */
export const acceptedMediaTypes = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "image/png": "png",
  "image/jpeg": "jpg",
} as const;
export type AcceptedMediaType = keyof typeof acceptedMediaTypes;
