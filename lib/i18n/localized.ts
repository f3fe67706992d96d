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
