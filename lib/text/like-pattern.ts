/**
 * SQL search over the normalised `search_text` columns: every word of the query, normalised as
 * the stored text was (lib/text/normalize-arabic.ts), must appear in the column.
 *
 * Words of 3 characters or more are looked up in the table's FTS5 trigram index
 * (lib/text/full-text.ts, the one SQLite-specific helper) when they match few rows; shorter words,
 * which a trigram index cannot hold, and common words (thousands of rows, met within the first
 * rows of any list) are matched with LIKE '%word%' on the column, as before. Both find a word
 * wherever it occurs inside the text, so the results are the same as a LIKE on every word.
 */
import { and, sql, type SQL } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { fullTextCondition, MIN_INDEXED_LENGTH } from "./full-text";
import { normalizeForSearch } from "./normalize-arabic";

/** `%word%` with LIKE's wildcards in `word` escaped (for `like ? escape '\'`). */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The words of a query as they are searched (normalised, deduplicated); [] for an empty query. */
export function searchWords(query: string | null | undefined): string[] {
  return [...new Set(normalizeForSearch(query).split(" ").filter(Boolean))];
}

/**
 * The condition "every word of `query` is in `column`", or undefined for an empty query.
 * @param column a `search_text` column filled with buildSearchText (of a table with an FTS index:
 *   meetings, people, organisations, projects, agreements; any other column is scanned with LIKE)
 * @param query what the user typed (any script, any alef/hamza/ta marbuta form)
 */
export function matchesSearch(column: AnySQLiteColumn, query: string | null | undefined): SQL | undefined {
  const words = searchWords(query);
  if (words.length === 0) return undefined;
  const indexed = words.filter((word) => [...word].length >= MIN_INDEXED_LENGTH);
  const indexedCondition = fullTextCondition(column, indexed);
  const scanned = indexedCondition ? words.filter((word) => !indexed.includes(word)) : words;
  return and(indexedCondition, ...scanned.map((word) => sql`${column} like ${containsPattern(word)} escape '\\'`));
}
