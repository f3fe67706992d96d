/**
 * LIKE patterns for user text. Use with `escape '\'` in SQL.
 */

/** `%word%` with LIKE's wildcards in `word` escaped (for `like ? escape '\'`). */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
