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

/** What an agreement's search text is made of (its own columns plus its counterpart's names). */
export type AgreementSearchParts = Pick<
  typeof agreements.$inferSelect,
  "type" | "titleAr" | "titleFr" | "titleEn" | "subject" | "subjectFr" | "subjectEn" | "unitInCharge" | "placeOfSignature"
> & {
  countryAr: string | null;
  countryFr: string | null;
  countryEn: string | null;
  organisationAr: string | null;
  organisationFr: string | null;
  organisationEn: string | null;
  organisationAcronym: string | null;
};

/**
 * The normalised search text of an agreement: its type's name in ar/fr/en, titles and subjects,
 * unit in charge, place of signature, the counterpart country's and organisation's names.
 * Pure: used by refreshAgreementSearchText and the life-size generator.
 */
export function agreementSearchText(p: AgreementSearchParts): string {
  return buildSearchText([
    // The type's name in each language: an untitled memorandum is found as «مذكرة تفاهم».
    ar.agreements.types[p.type],
    fr.agreements.types[p.type],
    en.agreements.types[p.type],
    p.titleAr,
    p.titleFr,
    p.titleEn,
    p.subject,
    p.subjectFr,
    p.subjectEn,
    p.unitInCharge,
    p.placeOfSignature,
    p.countryAr,
    p.countryFr,
    p.countryEn,
    p.organisationAr,
    p.organisationFr,
    p.organisationEn,
    p.organisationAcronym,
  ]);
}

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
  const { agreement, ...names } = row;
  const searchText = agreementSearchText({ ...agreement, ...names });
  db.update(agreements).set({ searchText }).where(eq(agreements.id, agreementId)).run();
}
