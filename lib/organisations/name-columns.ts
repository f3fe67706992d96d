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
