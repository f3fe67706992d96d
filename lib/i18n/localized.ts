import type { Locale } from "./config";

/**
 * Picks a record's name in the interface language, falling back through the others
 * (ar → fr → en, fr → en → ar, en → fr → ar), then to `fallback`.
 */
export function localizedName(
  names: { nameAr?: string | null; nameFr?: string | null; nameEn?: string | null },
  locale: Locale,
  fallback = "",
): string {
  const order =
    locale === "ar"
      ? [names.nameAr, names.nameFr, names.nameEn]
      : locale === "fr"
        ? [names.nameFr, names.nameEn, names.nameAr]
        : [names.nameEn, names.nameFr, names.nameAr];
  return order.find((n): n is string => !!n && n.length > 0) ?? fallback;
}

/** A text chosen for the interface language, with the language it is written in. */
export type LocalizedText = {
  text: string;
  lang: Locale;
  /** True when the interface language has no text and this is the record's original instead. */
  isOriginal: boolean;
};

/**
 * The language a record was written in, for records without a stored marker: Arabic when it has
 * an Arabic text (the department writes in Arabic first), else French, else English; null when
 * it has no text at all.
 */
export function originalLanguageOf(texts: { ar?: string | null; fr?: string | null; en?: string | null }): Locale | null {
  return (["ar", "fr", "en"] as const).find((lang) => !!texts[lang]) ?? null;
}

/**
 * Issue 14's display rule: the user's language where a text exists, otherwise the original (never
 * a third language), marked as such so that the page can give it its `lang`, its direction and a
 * discreet "original in …" marker. Null when the record has no text.
 */
export function localizedText(texts: { ar?: string | null; fr?: string | null; en?: string | null }, locale: Locale): LocalizedText | null {
  const own = texts[locale];
  if (own) return { text: own, lang: locale, isOriginal: false };
  const original = originalLanguageOf(texts);
  return original ? { text: texts[original]!, lang: original, isOriginal: true } : null;
}
