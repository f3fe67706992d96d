/**
 * Lists of names in the reader's language, by the CLDR list patterns of Intl.ListFormat
 * ("A, B and C", « A, B et C », "أ وب وج"), never a hard-coded separator.
 */
import { dateLocales } from "@/lib/dates/partial-date";
import type { Locale } from "@/lib/i18n/config";

/** `items` joined as one list ("and" between the last two) in the language of `locale`. */
export function joinList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(dateLocales[locale], { type: "conjunction", style: "long" }).format(items);
}
