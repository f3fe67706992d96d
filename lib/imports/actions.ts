"use server";

/**
 * Imports: the preview and the commit of an uploaded workbook. Both take a FormData with `kind`
 * (meetings | people | organisations), `file` and `readings` (JSON: row → "dmy" | "mdy"); the
 * commit also `decisions` (JSON, lib/imports/schema.ts). The page posts them to
 * app/api/imports/{preview,commit} (a route: the 10 MB limit is this room's, not the 1 MiB of
 * server actions; lib/security/request-guard.ts lets 12 MiB through on that path only).
 *
 * A refused file answers `{ ok: false, error: "refused", message: <imports.refusals key>, params }`
 * and writes nothing. The commit runs through the write path (lib/write/run-mutation.ts).
 */
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/session";
import { runMutation, type ActionErrorCode, type ActionResult } from "@/lib/write/run-mutation";
import { importableKinds } from "./access";
import { analyseFile, fileHash } from "./analyse";
import { importResource, type ImportKind } from "./columns";
import { writeImport, type ImportOutcome } from "./commit";
import type { ImportPreview } from "./preview";
import { readImportFile } from "./read-file";
import { importCommitSchema, importDecisionSchema, importKindSchema, importReadingsSchema, readingsByRow } from "./schema";

export type ImportAnswer<T> =
  | ActionResult<T>
  | { ok: false; error: "refused"; message: string; params?: Record<string, string | number> };

type Upload = { kind: ImportKind; file: File; readings: Record<string, "dmy" | "mdy">; form: FormData };

/** Authenticates, checks the kind is importable by the user, and reads the form's fields. */
async function readUpload(form: unknown): Promise<{ ok: true; upload: Upload } | { ok: false; error: ActionErrorCode; message: string }> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: "unauthenticated", message: "unauthenticated" };
  const allowed = importableKinds(user);
  if (allowed.length === 0) return { ok: false, error: "forbidden", message: "forbidden" };
  if (!(form instanceof FormData)) return { ok: false, error: "invalid", message: "formInvalid" };
  const kind = importKindSchema.safeParse(form.get("kind"));
  if (!kind.success) return { ok: false, error: "invalid", message: "formInvalid" };
  if (!allowed.includes(kind.data)) return { ok: false, error: "forbidden", message: "forbidden" };
  const file = form.get("file");
  if (!(file instanceof File)) return { ok: false, error: "invalid", message: "formInvalid" };
  const readings = importReadingsSchema.parse(parseJson(form.get("readings")) ?? {});
  return { ok: true, upload: { kind: kind.data, file, readings, form } };
}

function parseJson(value: FormDataEntryValue | null): unknown {
  if (typeof value !== "string") return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/**
 * Reads the uploaded file and says, row by row, what an import would do; writes nothing.
 * @returns the preview (lib/imports/preview.ts), or the file's refusal, or "forbidden"
 */
export async function previewImport(form: FormData): Promise<ImportAnswer<ImportPreview>> {
  const read = await readUpload(form);
  if (!read.ok) return read;
  const { kind, file, readings } = read.upload;
  const bytes = new Uint8Array(await file.arrayBuffer());
  const result = await analyseFile(getDb(), kind, bytes, file.name, readingsByRow(readings));
  if (!result.ok) return { ok: false, error: "refused", message: result.refusal.code, params: result.refusal.params };
  return { ok: true, data: result.file.preview };
}

/**
 * Writes the rows the user accepted, all in one transaction, or none: the file is read and
 * analysed again inside it, so that a record changed since the preview is a conflict.
 * @returns how many records were created, updated, left unchanged and skipped
 */
export async function commitImport(form: FormData): Promise<ImportAnswer<ImportOutcome>> {
  const read = await readUpload(form);
  if (!read.ok) return read;
  const { kind, file, readings } = read.upload;
  const bytes = new Uint8Array(await file.arrayBuffer());
  const sheet = await readImportFile(bytes);
  if (!sheet.ok) return { ok: false, error: "refused", message: sheet.refusal.code, params: sheet.refusal.params };
  const decisions = importDecisionSchema.array().safeParse(parseJson(read.upload.form.get("decisions")));
  const result = await runMutation({
    action: "create",
    resource: importResource[kind],
    schema: importCommitSchema,
    input: { kind, fileName: file.name || "import", readings, decisions: decisions.success ? decisions.data : null },
    write: (ctx) => writeImport(ctx, sheet.sheet, fileHash(bytes)),
  });
  if (result.ok) {
    revalidatePath("/meetings");
    revalidatePath("/people");
    revalidatePath("/organisations");
    revalidatePath("/validation");
  }
  return result;
}
