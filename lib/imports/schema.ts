/**
 * The import room's zod schemas: what the page sends with the file to preview it (the date
 * readings chosen so far) and to commit it (one decision per row it wants written).
 */
import { z } from "zod";
import { importKinds } from "./columns";
import { MAX_IMPORT_ROWS } from "./read-file";

export const importKindSchema = z.enum(importKinds);

/** The user's reading of a row's ambiguous dates, by row number: day-first or month-first. */
export const importReadingsSchema = z.record(z.string().regex(/^\d+$/), z.enum(["dmy", "mdy"])).catch({});

/**
 * One row's decision. `matchId`/`matchVersion` are the record the preview showed the row matching
 * (null for a new row): when the stored record is no longer that one, at that version, the whole
 * commit is refused as a conflict.
 */
export const importDecisionSchema = z.object({
  rowNumber: z.number().int().positive(),
  action: z.enum(["create", "update", "skip"]),
  matchId: z.number().int().positive().nullable(),
  matchVersion: z.number().int().positive().nullable(),
});
export type ImportDecision = z.infer<typeof importDecisionSchema>;

export const importCommitSchema = z.object({
  kind: importKindSchema,
  fileName: z.string().trim().min(1).max(255),
  readings: importReadingsSchema,
  decisions: z.array(importDecisionSchema).max(MAX_IMPORT_ROWS),
});

/** Readings as a map by row number. */
export function readingsByRow(readings: Record<string, "dmy" | "mdy">): Record<number, "dmy" | "mdy"> {
  return Object.fromEntries(Object.entries(readings).map(([row, reading]) => [Number(row), reading]));
}
