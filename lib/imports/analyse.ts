/**
 * From uploaded bytes to a preview: reads the file (lib/imports/read-file.ts), maps its header row
 * onto the kind's columns (any of ar/fr/en, lib/imports/columns.ts), and analyses every row against
 * what is stored (lib/imports/analyse-*.ts). Used by the preview (on the database) and by the
 * commit (on its transaction, so that what is written is what was checked).
 */
import { createHash } from "node:crypto";
import { desc, eq } from "drizzle-orm";
import { importBatches } from "@/db/schema";
import { matchHeaders, type ImportKind } from "./columns";
import { analyseOrganisations, analysePeople } from "./analyse-directory";
import { analyseMeetings } from "./analyse-meetings";
import type { DateReading } from "./dates";
import type { Connection } from "./lookups";
import { countStatuses, type Analysis, type ImportPreview } from "./preview";
import { readImportFile, type FileRefusal, type FileRefusalCode, type ReadSheet } from "./read-file";

export type ImportRefusalCode = FileRefusalCode | "unknownHeaders" | "repeatedHeaders" | "missingHeaders";
export type ImportRefusal = { code: ImportRefusalCode; params?: Record<string, string | number> };

/** Columns a file must have (one of each group): what identifies a record of the kind. */
const keyColumns: Record<ImportKind, string[]> = {
  meetings: ["id", "startsOn"],
  people: ["id", "name"],
  organisations: ["id", "nameAr", "nameFr", "nameEn", "acronym"],
};

/** SHA-256 of the file's bytes, hex: the file's identity in import_batches and the audit. */
export function fileHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export type AnalysedFile = { preview: ImportPreview; analysis: Analysis };

/**
 * Reads and analyses one uploaded file.
 * @param readings the user's date reading per row number, for ambiguous dates
 * @returns the preview and the prepared values, or the refusal of the whole file (nothing of a
 *   refused file is ever written)
 */
export async function analyseFile(
  db: Connection,
  kind: ImportKind,
  bytes: Uint8Array,
  fileName: string,
  readings: Record<number, DateReading>,
): Promise<{ ok: true; file: AnalysedFile } | { ok: false; refusal: ImportRefusal | FileRefusal }> {
  const read = await readImportFile(bytes);
  if (!read.ok) return read;
  return analyseSheet(db, kind, read.sheet, fileName, fileHash(bytes), readings);
}

/** The synchronous part of analyseFile, once the file is read (the commit runs it in its transaction). */
export function analyseSheet(
  db: Connection,
  kind: ImportKind,
  sheet: ReadSheet,
  fileName: string,
  hash: string,
  readings: Record<number, DateReading>,
): { ok: true; file: AnalysedFile } | { ok: false; refusal: ImportRefusal } {
  const headers = matchHeaders(kind, sheet.headers);
  if (headers.unknown.length > 0) return { ok: false, refusal: { code: "unknownHeaders", params: { headers: headers.unknown.join("، ") } } };
  if (headers.repeated.length > 0) return { ok: false, refusal: { code: "repeatedHeaders", params: { headers: headers.repeated.join("، ") } } };
  if (!keyColumns[kind].some((field) => headers.fields.includes(field))) return { ok: false, refusal: { code: "missingHeaders" } };
  const analysis =
    kind === "meetings"
      ? analyseMeetings(db, sheet, headers.fields, readings)
      : kind === "people"
        ? analysePeople(db, sheet, headers.fields)
        : analyseOrganisations(db, sheet, headers.fields);
  const before = db.select().from(importBatches).where(eq(importBatches.fileHash, hash)).orderBy(desc(importBatches.id)).get();
  return {
    ok: true,
    file: {
      analysis,
      preview: {
        kind,
        format: sheet.format,
        fileName,
        fileHash: hash,
        rows: analysis.rows,
        counts: countStatuses(analysis.rows),
        alreadyImported: before ? { at: before.createdAt, fileName: before.fileName } : null,
      },
    },
  };
}
