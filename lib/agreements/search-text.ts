/**
 * Keeps `agreements.search_text` in step with an agreement's titles, subjects and counterpart.
 * Called by every write of an agreement and by merges of organisations, inside their transaction.
 */
import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { agreements, countries, organisations } from "@/db/schema";
import { buildSearchText } from "@/lib/text/normalize-arabic";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";

/**
 * Recomputes the normalised search text of one agreement: titles and subjects in ar/fr/en, the
 * counterpart country's and organisation's names, the unit in charge and the place of signature.
 * @param db a database or transaction handle
 * @param agreementId the agreement's id; a missing agreement is a no-op
 */
export function refreshAgreementSearchText(db: Db | Tx, agreementId: number): void {
  const row = db
    .select({
      agreement: agreements,
      countryAr: countries.nameAr,
      countryFr: countries.nameFr,
      countryEn: countries.nameEn,
      organisationAr: organisations.nameAr,
      organisationFr: organisations.nameFr,
      organisationEn: organisations.nameEn,
      organisationAcronym: organisations.acronym,
    })
    .from(agreements)
    .leftJoin(countries, eq(countries.code, agreements.counterpartCountryCode))
    .leftJoin(organisations, eq(organisations.id, agreements.counterpartOrganisationId))
    .where(eq(agreements.id, agreementId))
    .get();
  if (!row) return;
  const a = row.agreement;
  const searchText = buildSearchText([
    // The type's name in each language: an untitled memorandum is found as «مذكرة تفاهم».
    ar.agreements.types[a.type],
    fr.agreements.types[a.type],
    en.agreements.types[a.type],
    a.titleAr,
    a.titleFr,
    a.titleEn,
    a.subject,
    a.subjectFr,
    a.subjectEn,
    a.unitInCharge,
    a.placeOfSignature,
    row.countryAr,
    row.countryFr,
    row.countryEn,
    row.organisationAr,
    row.organisationFr,
    row.organisationEn,
    row.organisationAcronym,
  ]);
  db.update(agreements).set({ searchText }).where(eq(agreements.id, agreementId)).run();
}
