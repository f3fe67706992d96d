/**
 * An organisation's names as other rooms' reads select them (a partner, a counterpart's
 * organisation, a funder): the three languages and the acronym, the label lib/i18n/localized.ts picks from.
 */
import "server-only";
import { organisations } from "@/db/schema";

/** `{ nameAr, nameFr, nameEn, acronym }` of the joined organisation. */
export const organisationNameColumns = {
  nameAr: organisations.nameAr,
  nameFr: organisations.nameFr,
  nameEn: organisations.nameEn,
  acronym: organisations.acronym,
};

/**
 * The same names under `organisation…` keys, for a read whose row has names of its own (an
 * agreement's counterpart, a meeting counterpart's organisation): `{ organisationNameAr,
 * organisationNameFr, organisationNameEn, organisationAcronym }`, null when none is joined.
 */
export const organisationNamesAsColumns = {
  organisationNameAr: organisations.nameAr,
  organisationNameFr: organisations.nameFr,
  organisationNameEn: organisations.nameEn,
  organisationAcronym: organisations.acronym,
};
