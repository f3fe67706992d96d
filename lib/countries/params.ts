/** The `[code]` segment of country URLs: ISO 3166-1 alpha-2, uppercase. */
import { countrySortKeys, type CountrySortKey } from "@/lib/countries/sort";

/**
 * Reads a country code from a URL segment.
 * @returns `{ code }` when it is two uppercase letters, `{ redirectTo }` (the uppercase code) when
 *   it is two letters in another case, null otherwise
 */
export function parseCountryCode(segment: string): { code: string } | { redirectTo: string } | null {
  if (/^[A-Z]{2}$/.test(segment)) return { code: segment };
  if (/^[a-zA-Z]{2}$/.test(segment)) return { redirectTo: segment.toUpperCase() };
  return null;
}

/** The countries list's sort from its URL (`?sort=meetings&dir=asc`); unknown values give the default (total, descending). */
export function parseCountrySort(raw: { sort?: string | string[]; dir?: string | string[] }): { sort: CountrySortKey; direction: "asc" | "desc" } {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const sort = (countrySortKeys as readonly string[]).includes(first(raw.sort) ?? "") ? (first(raw.sort) as CountrySortKey) : "total";
  const dir = first(raw.dir);
  return { sort, direction: dir === "asc" || dir === "desc" ? dir : sort === "name" ? "asc" : "desc" };
}
