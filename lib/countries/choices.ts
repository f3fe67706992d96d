/** Countries as choices (pure: usable on server and client). */
import { collator as sharedCollator } from "@/lib/i18n/intl-cache";
import type { Locale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";

type CountryRow = { code: string; nameAr: string | null; nameFr: string | null; nameEn: string | null };
type CountryChoice = { value: string; label: string };

/** The options already made, per rows array and language: cached reads hand out the same array until the next write. */
const made = new WeakMap<readonly CountryRow[], Map<Locale, CountryChoice[]>>();

/**
 * Countries as select options (`value` is the ISO 3166-1 alpha-2 code), named and sorted in the
 * interface language. Made once per `rows` array and language (the same array from a cached read
 * gives the same options, without sorting again), so callers must not change the result.
 */
export function countryChoices(rows: readonly CountryRow[], locale: Locale): CountryChoice[] {
  let byLocale = made.get(rows);
  if (!byLocale) made.set(rows, (byLocale = new Map()));
  let choices = byLocale.get(locale);
  if (!choices) {
    const collator = sharedCollator(locale);
    choices = rows.map((c) => ({ value: c.code, label: localizedName(c, locale, c.code) })).sort((a, b) => collator.compare(a.label, b.label));
    byLocale.set(locale, choices);
  }
  return choices;
}
