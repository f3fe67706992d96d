/**
 * The country reference list (ISO 3166-1 alpha-2 with names in ar/fr/en): read once, then kept
 * until the next write (lib/cache/read-cache.ts), as are its select options per interface
 * language. Every list's country filter and every form's country field read it, so it is not read,
 * named and sorted (about 250 rows through ICU's collator) on every request.
 * The returned arrays are shared between requests: callers must not change them.
 */
import "server-only";
import { asc } from "drizzle-orm";
import { getDb } from "@/db/client";
import { countries } from "@/db/schema";
import { cachedRead } from "@/lib/cache/read-cache";
import { countryChoices } from "@/lib/countries/choices";
import type { Locale } from "@/lib/i18n/config";

/** Every country with its names in ar/fr/en, by code. */
export function fetchAllCountries() {
  return cachedRead("countries.all", () => getDb().select().from(countries).orderBy(asc(countries.code)).all());
}

/** Every country as a select option in the interface language, sorted by its name there (made once per read: countryChoices). */
export function fetchCountryChoices(locale: Locale) {
  return countryChoices(fetchAllCountries(), locale);
}
