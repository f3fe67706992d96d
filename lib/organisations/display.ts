/** How an organisation is named on screen and in choices (pure: usable on server and client). */
import { collator as sharedCollator } from "@/lib/i18n/intl-cache";
import type { Locale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";

type Names = { nameAr?: string | null; nameFr?: string | null; nameEn?: string | null; acronym?: string | null };

/**
 * An organisation's name in the interface language, with its acronym when the name does not
 * already say it ("GIZ" alone when it has no name; "" when it has neither).
 */
export function organisationLabel(names: Names, locale: Locale): string {
  const name = localizedName(names, locale);
  if (!name) return names.acronym ?? "";
  return names.acronym && names.acronym !== name && !name.includes(names.acronym) ? `${name} (${names.acronym})` : name;
}

/**
 * Organisations as select options (`value` is the id as a string), sorted by their label in the
 * interface language; one with neither name nor acronym is shown as "#id".
 */
export function organisationChoices(rows: (Names & { id: number })[], locale: Locale): { value: string; label: string }[] {
  const collator = sharedCollator(locale);
  return rows
    .map((o) => ({ value: String(o.id), label: organisationLabel(o, locale) || `#${o.id}` }))
    .sort((a, b) => collator.compare(a.label, b.label));
}
