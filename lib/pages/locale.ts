/** The interface language and the translated titles every page asks for. */
import "server-only";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/config";

/**
 * The current request's interface language as a `Locale` (`ar`, `fr` or `en`); Arabic when
 * next-intl reports anything else, so that every page formats with a supported language.
 */
export async function pageLocale(): Promise<Locale> {
  const current = await getLocale();
  return isLocale(current) ? current : defaultLocale;
}

/**
 * A page's `generateMetadata` whose title is one message, in the reader's language:
 * `export const generateMetadata = titleMetadata("meetings", "edit")` titles the page with
 * `messages/<locale>.json` → `meetings.edit`. `namespace` may be dotted (`reviews.page`).
 */
export function titleMetadata(namespace: string, key: string): () => Promise<Metadata> {
  return async () => ({ title: (await getTranslations(namespace))(key) });
}
