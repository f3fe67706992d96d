/**
 * The attachments folder: every file once, named by the SHA-256 of its content, in a sub-folder of
 * its first two hex digits (`ab/abcdef…`). The folder is TAAWUN_ATTACHMENTS_DIR, or `attachments`
 * beside the database file (data/attachments), which scripts/db-backup.ts copies with the backup.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databasePath } from "@/db/client";

/** Absolute path of the attachments folder (the same rule as scripts/db-backup.ts). */
export function attachmentsDir(): string {
  return path.resolve(process.env.TAAWUN_ATTACHMENTS_DIR ?? path.join(path.dirname(databasePath()), "attachments"));
}

/** Lower-case hex SHA-256 of `bytes`. */
export function sha256Hex(bytes: Uint8Array): string {
  return crypto.createHash("sha256").update(bytes).digest("hex");
}

/** Where the content of hash `sha256` is (or would be) stored. Throws on anything but 64 hex digits. */
export function contentPath(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error("not a SHA-256 hex digest");
  return path.join(attachmentsDir(), sha256.slice(0, 2), sha256);
}

/**
 * Stores `bytes` under their hash, once: an identical file already stored is kept as is. Written
 * to a temporary name and renamed, so a reader never sees half a file.
 * @returns the hex SHA-256, the stored file's name
 */
export function storeContent(bytes: Uint8Array): string {
  const sha256 = sha256Hex(bytes);
  const target = contentPath(sha256);
  if (fs.existsSync(target)) return sha256;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.${crypto.randomBytes(6).toString("hex")}.part`;
  fs.writeFileSync(temporary, bytes);
  fs.renameSync(temporary, target);
  return sha256;
}

/** The stored content of `sha256`, or null when the file is missing. */
export function readContent(sha256: string): Buffer | null {
  try {
    return fs.readFileSync(contentPath(sha256));
  } catch {
    return null;
  }
}

/**
 * `Content-Disposition: attachment` with the original name: an ASCII fallback in `filename`
 * (quotes, backslashes and non-ASCII replaced) and the exact name in `filename*` (RFC 6266 §4.3,
 * RFC 5987 UTF-8 percent-encoding).
 */
export function contentDisposition(originalName: string): string {
  const clean = originalName.replace(/[\r\n]/g, " ");
  const fallback = clean.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_") || "attachment";
  const encoded = encodeURIComponent(clean).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
