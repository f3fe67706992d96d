/**
 * Keeps `organisations.search_text` in step with its names and acronym, and the search text of
 * the agreements whose counterpart it is. Called by every write of an organisation.
 */
import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { agreements, countries, organisations } from "@/db/schema";
import { refreshAgreementSearchText } from "@/lib/agreements/search-text";
import { buildSearchText } from "@/lib/text/normalize-arabic";

/** What an organisation's search text is made of. */
export interface OrganisationSearchParts {
  nameAr: string | null;
  nameFr: string | null;
  nameEn: string | null;
  acronym: string | null;
  countryAr: string | null;
  countryFr: string | null;
  countryEn: string | null;
}

/**
 * The normalised search text of an organisation: names in ar/fr/en, acronym, country names.
 * Pure: used by refreshOrganisationSearchText and the life-size generator.
 */
export function organisationSearchText(p: OrganisationSearchParts): string {
  return buildSearchText([p.nameAr, p.nameFr, p.nameEn, p.acronym, p.countryAr, p.countryFr, p.countryEn]);
}

/**
 * Recomputes the search text of one organisation (names in ar/fr/en, acronym, country names) and
 * of the agreements it is the counterpart of.
 * @param db a database or transaction handle; a missing organisation is a no-op
 */
export function refreshOrganisationSearchText(db: Db | Tx, organisationId: number): void {
  const row = db
    .select({ organisation: organisations, countryAr: countries.nameAr, countryFr: countries.nameFr, countryEn: countries.nameEn })
    .from(organisations)
    .leftJoin(countries, eq(countries.code, organisations.countryCode))
    .where(eq(organisations.id, organisationId))
    .get();
  if (!row) return;
  const o = row.organisation;
  const searchText = organisationSearchText({ ...o, countryAr: row.countryAr, countryFr: row.countryFr, countryEn: row.countryEn });
  db.update(organisations).set({ searchText }).where(eq(organisations.id, organisationId)).run();
  const linked = db.select({ id: agreements.id }).from(agreements).where(eq(agreements.counterpartOrganisationId, organisationId)).all();
  for (const { id } of linked) refreshAgreementSearchText(db, id);
}
