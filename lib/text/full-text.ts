/**
 * The SQLite-specific part of search (STYLE.md #15): FTS5 trigram indexes `<table>_fts` over the
 * `search_text` column of meetings, people, organisations, projects and agreements (migration
 * 0004, kept in step by triggers on every write of search_text). Another database would replace
 * this file only (PostgreSQL: pg_trgm GIN indexes on the same columns, the same LIKE words).
 *
 * Source: SQLite FTS5, "The Trigram Tokenizer", https://sqlite.org/fts5.html#the_trigram_tokenizer
 * (a phrase of 3+ characters matches every row containing it as a substring; shorter ones match nothing).
 */
import { getTableName, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";

/** The shortest word (in characters) the trigram index can find. */
export const MIN_INDEXED_LENGTH = 3;

/**
 * Past this many matches a query's rows are not listed from the index: the list would be long and
 * the words common, so the page is read in list order checking each row (LIKE), which meets 20
 * matches within a few rows. Below it, the index's short list of ids is the fast way.
 */
export const INDEX_LIST_MAX = 2000;

/** Tables whose `search_text` has an FTS5 index named `<table>_fts` (content_rowid = id). */
export const indexedTables = new Set(["meetings", "people", "organisations", "projects", "agreements"]);

/**
 * An FTS5 query requiring every term, a term being one of its spellings (lib/text/like-pattern.ts
 * searchTerms), each a phrase (double quotes doubled inside a phrase): `("a" OR "b") AND "c"`.
 */
export function ftsQuery(terms: readonly (readonly string[])[]): string {
  const phrase = (word: string) => `"${word.replace(/"/g, '""')}"`;
  return terms.map((term) => (term.length === 1 ? phrase(term[0]!) : `(${term.map(phrase).join(" OR ")})`)).join(" AND ");
}

/**
 * SQL: the row's id is among the FTS matches of every word, or undefined when there is no word,
 * the column's table has no index, or the words match INDEX_LIST_MAX rows or more (the caller then
 * checks the words with LIKE: the same rows, found faster in list order for common words).
 * @param column a `search_text` column of an indexed table
 * @param words terms (each its normalised spellings) of at least MIN_INDEXED_LENGTH characters
 */
export function fullTextCondition(column: AnySQLiteColumn, words: readonly (readonly string[])[]): SQL | undefined {
  const table = getTableName(column.table);
  if (words.length === 0 || !indexedTables.has(table) || column.name !== "search_text") return undefined;
  const query = ftsQuery(words);
  // A streaming count that stops at the cap: a few milliseconds even for a word in every row.
  const matches = getDb()
    .$client.prepare(`select count(*) as n from (select rowid from "${table}_fts" where "${table}_fts" match ? limit ${INDEX_LIST_MAX})`)
    .get(query) as { n: number };
  if (matches.n >= INDEX_LIST_MAX) return undefined;
  const fts = sql.identifier(`${table}_fts`);
  // Spelled out qualified: inside correlated subqueries drizzle may render a column bare.
  const id = sql.raw(`"${table}"."id"`);
  return sql`${id} in (select rowid from ${fts} where ${fts} match ${query})`;
}
