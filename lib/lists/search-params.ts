import type { z } from "zod";

/** A page's `searchParams` (Next) or a route's `URL.searchParams`. */
export type RawSearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

/**
 * A list's filters from the query string, by the list's own zod schema: each parameter's first
 * value (a repeated `?country=MA&country=FR` counts once, as the filter form sends it). The list
 * page and its export (app/api/exports) read the filters through this one function, so that an
 * export selects exactly what the page shows.
 */
export function parseListFilters<S extends z.ZodType>(schema: S, raw: RawSearchParams): z.infer<S> {
  const values: Record<string, string | undefined> = {};
  if (raw instanceof URLSearchParams) {
    for (const key of raw.keys()) values[key] ??= raw.get(key) ?? undefined;
  } else {
    for (const [key, value] of Object.entries(raw)) values[key] = Array.isArray(value) ? value[0] : value;
  }
  return schema.parse(values);
}

/**
 * The query string a list's export link carries: the list's parameters as the page received
 * them (first values), without the page number (an export takes every page) nor a format.
 */
export function exportQuery(raw: RawSearchParams): string {
  const query = new URLSearchParams();
  const entries = raw instanceof URLSearchParams ? [...raw.entries()] : Object.entries(raw);
  for (const [key, value] of entries) {
    const first = Array.isArray(value) ? value[0] : value;
    if (key === "page" || key === "format" || first === undefined || first === "" || query.has(key)) continue;
    query.set(key, first);
  }
  return query.toString();
}
