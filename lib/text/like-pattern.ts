/**
 * SQL search over the normalised `search_text` columns: every word of the query, normalised as
 * the stored text was (lib/text/normalize-arabic.ts), must appear in the column.
 */
import { and, sql, type SQL } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { normalizeForSearch } from "./normalize-arabic";

/** `%word%` with LIKE's wildcards in `word` escaped (for `like ? escape '\'`). */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The condition "every word of `query` is in `column`", or undefined for an empty query.
 * @param column a `search_text` column filled with buildSearchText
 * @param query what the user typed (any script, any alef/hamza/ta marbuta form)
 */
export function matchesSearch(column: AnySQLiteColumn, query: string | null | undefined): SQL | undefined {
  const words = normalizeForSearch(query).split(" ").filter(Boolean);
  if (words.length === 0) return undefined;
  return and(...words.map((word) => sql`${column} like ${containsPattern(word)} escape '\\'`));
}
