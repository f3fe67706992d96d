"use server";

/**
 * The data-quality work list's writes: a supervisor marks a point resolved with a note, or
 * reopens it. Both go through the one write path (permission "update" on "dataQuality", the
 * point's version checked, audited in the same transaction).
 */
import { revalidatePath } from "next/cache";
import { and, eq, sql } from "drizzle-orm";
import { dataQualityIssues } from "@/db/schema";
import { ConflictError, NotFoundError, runMutation, type ActionResult, type WriteContext } from "@/lib/write/run-mutation";
import { reopenDataQualitySchema, resolveDataQualitySchema, type ReopenDataQualityInput, type ResolveDataQualityInput } from "./schema";

type Resolution = { resolvedAt: string | null; resolvedBy: number | null; resolutionNote: string | null };

/**
 * Sets a point's resolution if its version is still `version`, bumps the version and audits the
 * change. The table holds no validation state (it is the loader's report, not a business record),
 * so this is its own small versioned update rather than updateVersioned.
 * @throws NotFoundError when the point does not exist; ConflictError when its version moved on
 */
function setResolution(ctx: WriteContext<unknown>, id: number, version: number, values: Resolution, action: string) {
  const t = dataQualityIssues;
  const before = ctx.tx.select().from(t).where(eq(t.id, id)).get();
  if (!before) throw new NotFoundError("data_quality_issue", id);
  if (before.version !== version) throw new ConflictError("data_quality_issue", id);
  const result = ctx.tx
    .update(t)
    .set({ ...values, version: sql`${t.version} + 1` })
    .where(and(eq(t.id, id), eq(t.version, version)))
    .run();
  if (result.changes !== 1) throw new ConflictError("data_quality_issue", id);
  ctx.audit({
    action,
    entityType: "data_quality_issue",
    entityId: id,
    changes: {
      resolvedAt: [before.resolvedAt, values.resolvedAt],
      resolutionNote: [before.resolutionNote, values.resolutionNote],
    },
  });
  return { id, version: version + 1 };
}

/**
 * Marks a data-quality point resolved. Input `{ id, version, note }` (note required, ≤ 2,000 chars).
 * @returns the point's new version; errors "forbidden" (not a supervisor), "invalid" (no note),
 *   "conflict" (someone resolved or reopened it since), "notFound"
 */
export async function resolveDataQualityPoint(input: ResolveDataQualityInput): Promise<ActionResult<{ id: number; version: number }>> {
  const result = await runMutation({
    action: "update",
    resource: "dataQuality",
    schema: resolveDataQualitySchema,
    input,
    write: (ctx) =>
      setResolution(ctx, ctx.data.id, ctx.data.version, { resolvedAt: ctx.now, resolvedBy: ctx.user.id, resolutionNote: ctx.data.note }, "resolve"),
  });
  if (result.ok) revalidatePath("/data-quality");
  return result;
}

/**
 * Reopens a resolved data-quality point (the earlier note stays in the audit log).
 * Input `{ id, version }`. Errors as resolveDataQualityPoint.
 */
export async function reopenDataQualityPoint(input: ReopenDataQualityInput): Promise<ActionResult<{ id: number; version: number }>> {
  const result = await runMutation({
    action: "update",
    resource: "dataQuality",
    schema: reopenDataQualitySchema,
    input,
    write: (ctx) => setResolution(ctx, ctx.data.id, ctx.data.version, { resolvedAt: null, resolvedBy: null, resolutionNote: null }, "reopen"),
  });
  if (result.ok) revalidatePath("/data-quality");
  return result;
}
