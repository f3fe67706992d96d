/** Counts as the reader writes them. */
import { numberFormat } from "./intl-cache";

/**
 * A count in the interface language, grouped as CLDR says and in Latin digits, the same string a
 * message's `{count, number}` or a plural's `#` gives (next-intl formats with the bare interface
 * language): `28148` is «28,148» in Arabic and English, «28 148» (narrow no-break space) in French.
 * @param locale the interface language (`ar`, `fr`, `en`), as next-intl's `useLocale()` gives it
 */
export function formatCount(count: number, locale: string): string {
  return numberFormat(locale, { numberingSystem: "latn" }).format(count);
}
