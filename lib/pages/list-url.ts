/**
 * The links a list page builds from its own filters: previous/next pages, status chips, table or
 * board view. One builder, so that every list drops the same things from its URLs (empty values
 * and defaults) and keeps its filters in the same order.
 */

/** Search parameters as list links carry them: a missing or empty value is left out of the URL. */
export type ListParams = Record<string, string | undefined>;

/**
 * `basePath` with `params` as its query string, in the order of `params`' keys; an undefined or
 * empty value is left out, and no `?` is written when nothing is left (`/agreements`).
 */
export function listUrl(basePath: string, params: ListParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const query = search.toString();
  return query ? `${basePath}?${query}` : basePath;
}

/**
 * A list's link builder from its parsed filters.
 * @param filters the list's filters as its zod schema parsed them (strings, numbers, undefined)
 * @param keys which filters its links keep, in URL order (a filter not named is dropped)
 * @param defaults a filter's default value (e.g. `view: "table"`), written as no parameter at all
 * @returns `params`, the kept filters as strings (for `<Pagination params>` and filter forms), and
 *   `href(overrides)`, the list's URL with some filters replaced (undefined removes one)
 */
export function listLinks<F extends object, K extends keyof F & string>(
  basePath: string,
  filters: F,
  keys: readonly K[],
  defaults: Partial<Record<K, string>> = {},
): { params: Record<K, string | undefined>; href: (overrides?: Partial<Record<K, string | undefined>>) => string } {
  const normalise = (values: Partial<Record<K, unknown>>) => {
    const params = {} as Record<K, string | undefined>;
    for (const key of keys) {
      const value = values[key];
      const text = value === undefined || value === null || value === "" ? undefined : String(value);
      params[key] = text === defaults[key] ? undefined : text;
    }
    return params;
  };
  const params = normalise(filters as Partial<Record<K, unknown>>);
  return { params, href: (overrides = {}) => listUrl(basePath, normalise({ ...params, ...overrides })) };
}
