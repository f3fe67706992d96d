/** Countries as choices (pure: usable on server and client). */
import { collator as sharedCollator } from "@/lib/i18n/intl-cache";
import type { Locale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";

/**
 * Countries as select options (`value` is the ISO 3166-1 alpha-2 code), named and sorted in the
 * interface language.
 */
export function countryChoices(
  rows: { code: string; nameAr: string | null; nameFr: string | null; nameEn: string | null }[],
  locale: Locale,
): { value: string; label: string }[] {
  const collator = sharedCollator(locale);
  return rows.map((c) => ({ value: c.code, label: localizedName(c, locale, c.code) })).sort((a, b) => collator.compare(a.label, b.label));
}
