/**
 * Form values → programmes columns ("" → null, ids as numbers, dates as partial ISO strings): the one
 * mapping of these columns, used by the server actions and by the seed loader (db/seed/load.ts),
 * so a column is mapped in one place. Pure; safe on both sides.
 */
import { dateOrNull } from "@/lib/dates/partial-date-input";
import type { ProgrammeFormValues } from "./schema";

export function programmeColumns(values: ProgrammeFormValues) {
  return {
    nameAr: values.nameAr || null,
    nameFr: values.nameFr || null,
    nameEn: values.nameEn || null,
    acronym: values.acronym || null,
    countryCode: values.countryCode || null,
    fundingOrganisationId: values.fundingOrganisationId ? Number(values.fundingOrganisationId) : null,
    plannedStart: dateOrNull(values.plannedStart),
    plannedEnd: dateOrNull(values.plannedEnd),
  };
}
