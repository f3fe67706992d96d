/**
 * What a merge does to the rows that referred to the record merged away: each is re-pointed to the
 * record kept through the write path's rules (its version bumped so that a form opened on it before
 * the merge is refused as a conflict, its updated by/at stamped, an audit entry written). Rows that
 * are parts of a record (a meeting's counterparts, a project's partners) carry no version of their
 * own: the record they belong to is bumped and audited instead (`touchVersioned`).
 */
import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { WriteContext } from "./run-mutation";

type Ctx = Pick<WriteContext<unknown>, "tx" | "user" | "now" | "audit">;
type Versioned = SQLiteTable & { id: SQLiteColumn; version: SQLiteColumn; updatedAt: SQLiteColumn; updatedBy: SQLiteColumn };

/**
 * Sets `column` from `fromId` to `toId` on every row of `table` that holds `fromId`, bumping each
 * row's version and auditing it ("update", `{ [field]: [fromId, toId] }`).
 * @param field the column's property name in the drizzle schema (for the audit entry)
 * @returns the number of rows re-pointed
 */
export function repointVersioned(ctx: Ctx, table: Versioned, entityType: string, column: SQLiteColumn, field: string, fromId: number, toId: number): number {
  const ids = (ctx.tx.select({ id: table.id }).from(table).where(eq(column, fromId)).all() as { id: number }[]).map((r) => r.id);
  if (ids.length === 0) return 0;
  ctx.tx
    .update(table)
    .set({ [field]: toId, version: sql`${table.version} + 1`, updatedAt: ctx.now, updatedBy: ctx.user.id } as never)
    .where(inArray(table.id, ids))
    .run();
  for (const id of ids) ctx.audit({ action: "update", entityType, entityId: id, changes: { [field]: [fromId, toId] } });
  return ids.length;
}

/**
 * Bumps the version of records whose parts a merge changed (the meetings whose counterpart rows, or
 * the projects whose partner rows, were re-pointed) and audits each ("update", `changes`).
 */
export function touchVersioned(ctx: Ctx, table: Versioned, entityType: string, ids: Iterable<number>, changes: Record<string, unknown>): void {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  ctx.tx
    .update(table)
    .set({ version: sql`${table.version} + 1`, updatedAt: ctx.now, updatedBy: ctx.user.id } as never)
    .where(inArray(table.id, unique))
    .run();
  for (const id of unique) ctx.audit({ action: "update", entityType, entityId: id, changes });
}
