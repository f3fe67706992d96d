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
import { and, getTableName, or, sql, type SQL } from "drizzle-orm";
import type { AnySQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db/client";
import { fullTextCondition, ftsQuery, indexedTables, MIN_INDEXED_LENGTH } from "./full-text";
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
 * The words of a query with the spellings each may have in the records: a hamza written on waw in
 * one text and on ya in another is the same word (مسؤول / مسئول, شؤون / شئون: both usages are
 * current, the first Moroccan and standard, the second Egyptian and older), so a word typed with
 * either seat also looks for the other. Each term is its normalised spellings, the first the word
 * as typed; a word without ؤ or ئ has one. Terms are deduplicated by that first spelling.
 * Source: the Arabic block (U+0624 waw with hamza above, U+0626 yeh with hamza above).
 */
export function searchTerms(query: string | null | undefined): string[][] {
  const spellings = [query ?? "", (query ?? "").replace(/\u0626/g, "\u0624"), (query ?? "").replace(/\u0624/g, "\u0626")].map((q) => normalizeForSearch(q).split(" ").filter(Boolean));
  const terms = new Map<string, string[]>();
  spellings[0]!.forEach((word, i) => {
    // The swaps change letters only, never the splitting: word i is word i in each spelling.
    if (!terms.has(word)) terms.set(word, [...new Set(spellings.map((words) => words[i]!))]);
  });
  return [...terms.values()];
}

/** SQL: `column` holds one of a term's spellings (LIKE '%spelling%'). */
function containsTerm(column: AnySQLiteColumn, term: readonly string[]): SQL {
  return or(...term.map((spelling) => sql`${column} like ${containsPattern(spelling)} escape '\\'`))!;
}

/**
 * The condition "every word of `query` is in `column`", or undefined for an empty query.
 * @param column a `search_text` column filled with buildSearchText (of a table with an FTS index:
 *   meetings, people, organisations, projects, agreements; any other column is scanned with LIKE)
 * @param query what the user typed (any script, any alef/hamza/ta marbuta form)
 */
export function matchesSearch(column: AnySQLiteColumn, query: string | null | undefined): SQL | undefined {
  const terms = searchTerms(query);
  if (terms.length === 0) return undefined;
  const indexed = terms.filter((term) => [...term[0]!].length >= MIN_INDEXED_LENGTH);
  const indexedCondition = fullTextCondition(column, indexed);
  const scanned = indexedCondition ? terms.filter((term) => !indexed.includes(term)) : terms;
  return and(indexedCondition, ...scanned.map((term) => containsTerm(column, term)));
}

/**
 * How many rows of `table` match `where`, counted up to `cap`, with the FTS index driving when
 * `query` has words of 3+ characters: the index lists the rows holding every such word and each
 * is checked against `where` by its id, stopping at `cap` (a millisecond or two even for a word in
 * most rows, where a LIKE scan in table order reads on until `cap` matches). Exact: `where` must
 * already hold the whole search condition (matchesSearch), the index only narrows the rows read.
 * @returns the count (at most `cap`), or undefined when the query has no indexed word or the table
 *   no index (the caller counts as before)
 */
export function countSearchMatches(table: SQLiteTable, query: string | null | undefined, where: SQL | undefined, cap: number): number | undefined {
  const name = getTableName(table);
  const indexed = searchTerms(query).filter((term) => [...term[0]!].length >= MIN_INDEXED_LENGTH);
  if (indexed.length === 0 || !indexedTables.has(name)) return undefined;
  const fts = sql.identifier(`${name}_fts`);
  const id = sql.raw(`"${name}"."id"`);
  const row = getDb().get<{ n: number }>(
    sql`select count(*) as n from (select 1 from ${fts} as f join ${table} on ${id} = f.rowid where f.${fts} match ${ftsQuery(indexed)} and ${where ?? sql`1`} limit ${cap})`,
  );
  return row.n;
}
