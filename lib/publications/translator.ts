/**
 * The messages of a document's own language, whatever the interface language of the person who
 * generates it (a French page can be generated from the Arabic interface). Works outside React
 * (route handlers, tests) through next-intl's createTranslator.
 */
import { createTranslator } from "next-intl";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import type { Locale } from "@/lib/i18n/config";

const catalogues = { ar, fr, en } as const;

/** A message lookup: key under the catalogue root, ICU values. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The translator of `locale`, over the whole catalogue (keys such as `publications.page.title`). */
export function documentTranslator(locale: Locale): Translate {
  const t = createTranslator({ locale, messages: catalogues[locale] as Record<string, unknown> });
  return (key, values) => (t as unknown as Translate)(key, values);
}
