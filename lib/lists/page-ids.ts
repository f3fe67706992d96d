/**
 * The first half of a deferred join: the ids of one page of a list, found on the list's own table
 * (and its indexes) alone, so that a deep page skips index entries rather than joined rows; the
 * caller then reads the page's rows, with their joins and subqueries, by `inArray(id, ids)`.
 */
import "server-only";
import type { SQL } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db/client";

/**
 * The ids of page `page` (1-based) of `pageSize` rows of `table` under `where`, in `order`.
 * @returns at most `pageSize` ids, in the list's order
 */
export function pageIds(
  table: SQLiteTable,
  id: SQLiteColumn,
  where: SQL | undefined,
  order: SQL[],
  page: number,
  pageSize: number,
): number[] {
  return getDb()
    .select({ id })
    .from(table)
    .where(where)
    .orderBy(...order)
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all()
    .map((r) => r.id as number);
}
