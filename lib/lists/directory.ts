/**
 * What the directories of people and organisations share: records merged into another never show,
 * archived ones only on the archive's list (`archived=1`) or, for those who may restore them, on
 * their own page; the search runs on the normalised search text (lib/text/like-pattern.ts).
 */
import "server-only";
import { isNotNull, isNull, type SQL } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { can, type Resource } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { matchesSearch } from "@/lib/text/like-pattern";

type DirectoryTable = { archivedAt: AnySQLiteColumn; mergedIntoId: AnySQLiteColumn; searchText: AnySQLiteColumn };

/**
 * The conditions a directory list starts from: live records (archived ones with `archived`),
 * never merged ones, matching the search `q` when given. The room adds its own filters.
 */
export function directoryConditions(table: DirectoryTable, filters: { archived?: string; q?: string }): (SQL | undefined)[] {
  return [
    filters.archived ? isNotNull(table.archivedAt) : isNull(table.archivedAt),
    isNull(table.mergedIntoId),
    matchesSearch(table.searchText, filters.q),
  ];
}

/**
 * Whether a directory record's page is withheld from the user: archived (and not merged, whose
 * page sends the reader on), unless `allowArchived` and the user may restore it.
 */
export function withheldArchive(
  record: { archivedAt: string | null; mergedIntoId: number | null },
  user: SessionUser,
  resource: Resource,
  allowArchived: boolean | undefined,
): boolean {
  return Boolean(record.archivedAt && !record.mergedIntoId && !(allowArchived && can(user.role, "restore", resource)));
}
