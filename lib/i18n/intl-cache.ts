/**
 * Shared Intl formatters. Building an `Intl.DateTimeFormat` (or NumberFormat, Collator, ...) loads
 * and resolves CLDR locale data and costs far more than formatting with it: a list page that built
 * one per date spent a tenth of its server time there. Formatters are immutable, so one per
 * (constructor, locale, options) serves every request; each cache holds at most a few dozen entries
 * (three interface languages times the handful of option sets the app uses).
 */

const caches = new Map<string, Map<string, unknown>>();

function memo<T>(kind: string, locale: string | string[], options: object | undefined, make: () => T): T {
  let cache = caches.get(kind);
  if (!cache) caches.set(kind, (cache = new Map()));
  const key = `${String(locale)}|${options ? JSON.stringify(options) : ""}`;
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    if (cache.size < 200) cache.set(key, value);
  }
  return value;
}

/** A shared `Intl.DateTimeFormat(locale, options)`; options must be plain data (JSON-able). */
export function dateTimeFormat(locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return memo("DateTimeFormat", locale, options, () => new Intl.DateTimeFormat(locale, options));
}

/** A shared `Intl.NumberFormat(locale, options)`. */
export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return memo("NumberFormat", locale, options, () => new Intl.NumberFormat(locale, options));
}

/** A shared `Intl.Collator(locale, options)`. */
export function collator(locale: string, options?: Intl.CollatorOptions): Intl.Collator {
  return memo("Collator", locale, options, () => new Intl.Collator(locale, options));
}

/** A shared `Intl.ListFormat(locale, options)`. */
export function listFormat(locale: string, options?: Intl.ListFormatOptions): Intl.ListFormat {
  return memo("ListFormat", locale, options, () => new Intl.ListFormat(locale, options));
}

/** A shared `Intl.DisplayNames(locale, options)`. */
export function displayNames(locale: string, options: Intl.DisplayNamesOptions): Intl.DisplayNames {
  return memo("DisplayNames", locale, options, () => new Intl.DisplayNames(locale, options));
}
