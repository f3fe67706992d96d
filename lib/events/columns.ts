/**
 * Form values → events columns ("" → null, ids as numbers, dates as partial ISO strings): the one
 * mapping of these columns, used by the server actions and by the seed loader (db/seed/load.ts),
 * so a column is mapped in one place. Pure; safe on both sides.
 */
import type { EditionFormValues, EventFormValues } from "./schema";

export function eventColumns(values: EventFormValues) {
  return { nameAr: values.nameAr || null, nameFr: values.nameFr || null, nameEn: values.nameEn || null, acronym: values.acronym || null, kind: values.kind };
}

export function editionColumns(values: EditionFormValues) {
  return {
    number: values.number ? Number(values.number) : null,
    startsOn: values.startsOn,
    endsOn: values.endsOn || null,
    city: values.city || null,
    countryCode: values.countryCode || null,
    venue: values.venue || null,
    theme: values.theme || null,
  };
}
