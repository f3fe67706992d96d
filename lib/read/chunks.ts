/**
 * Reading the rows of many records at once: IN lists of at most 500 ids per query (SQLite refuses
 * a statement with more SQL variables than its limit, 32,766 today but 999 in older builds), and
 * the rows grouped by record in one pass.
 */

/** The most ids one IN list carries. */
export const IN_LIST_CHUNK = 500;

/**
 * Reads the rows of many ids, `IN_LIST_CHUNK` ids per call of `read`, in order.
 * @returns the rows of every chunk, concatenated (no call when `ids` is empty)
 */
export function inChunks<T>(ids: readonly number[], read: (chunk: number[]) => T[]): T[] {
  const rows: T[] = [];
  for (let i = 0; i < ids.length; i += IN_LIST_CHUNK) rows.push(...read(ids.slice(i, i + IN_LIST_CHUNK)));
  return rows;
}

/** Rows grouped by a key, each group in the rows' order (one pass, instead of a filter per record). */
export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/**
 * Rows grouped by their `key` column, which each row of the group loses:
 * `{ meetingId, ...rest }[]` becomes `Map<meetingId, rest[]>`, each group in the rows' order.
 */
export function groupWithout<K extends PropertyKey, Row extends Record<K, unknown>>(rows: readonly Row[], key: K): Map<Row[K], Omit<Row, K>[]> {
  const groups = new Map<Row[K], Omit<Row, K>[]>();
  for (const row of rows) {
    const { [key]: id, ...rest } = row;
    const group = groups.get(id);
    if (group) group.push(rest);
    else groups.set(id, [rest]);
  }
  return groups;
}
