/**
 * Form values → organisations columns ("" → null, ids as numbers, dates as partial ISO strings): the one
 * mapping of these columns, used by the server actions and by the seed loader (db/seed/load.ts),
 * so a column is mapped in one place. Pure; safe on both sides.
 */
import type { OrganisationFormValues } from "./schema";

export function organisationColumns(values: OrganisationFormValues) {
  return {
    nameAr: values.nameAr || null,
    nameFr: values.nameFr || null,
    nameEn: values.nameEn || null,
    acronym: values.acronym || null,
    type: values.type,
    countryCode: values.countryCode || null,
  };
}
