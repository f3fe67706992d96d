/**
 * Stored values → a form's string values, the reverse of the rooms' columns.ts mappings: the
 * forms hold "" for "not filled in" where the database holds null, and ids as text. Pure; safe on
 * both sides.
 */

/** A nullable stored value as the form holds it: null becomes "". */
type FormText<V> = Exclude<V, null> | "";

/**
 * The named fields of a stored row as form strings (null → ""), e.g.
 * `formTexts(agreement, ["titleAr", "titleFr"])` → `{ titleAr: "…", titleFr: "" }`.
 */
export function formTexts<Row extends Record<K, string | null>, K extends keyof Row & string>(
  row: Row,
  keys: readonly K[],
): { [P in K]: FormText<Row[P]> } {
  const values = {} as { [P in K]: FormText<Row[P]> };
  for (const key of keys) values[key] = (row[key] ?? "") as FormText<Row[K]>;
  return values;
}

/** A stored id (a select's value) as the form holds it: null (none chosen) becomes "". */
export function idText(id: number | null): string {
  return id ? String(id) : "";
}
