/**
 * What a file really is, from its first bytes (magic numbers, `file-type`), never from its name or
 * the type the browser claims: a renamed program called `signed.pdf` is an executable.
 */
import { fileTypeFromBuffer } from "file-type";
import { acceptedMediaTypes, type AcceptedMediaType } from "./schema";

/**
 * Detects an accepted kind of file from its content.
 * @param bytes the whole file (file-type reads the start, and the ZIP directory for DOCX/XLSX)
 * @returns the detected media type when it is PDF, DOCX, XLSX, PNG or JPEG; null for anything
 *   else (an executable, a plain ZIP, an old .doc, text, an empty file)
 */
export async function detectAttachmentType(bytes: Uint8Array): Promise<AcceptedMediaType | null> {
  if (bytes.byteLength === 0) return null;
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected) return null;
  return detected.mime in acceptedMediaTypes ? (detected.mime as AcceptedMediaType) : null;
}
