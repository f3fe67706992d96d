/**
 * Form values → people columns ("" → null, ids as numbers, dates as partial ISO strings): the one
 * mapping of these columns, used by the server actions and by the seed loader (db/seed/load.ts),
 * so a column is mapped in one place. Pure; safe on both sides.
 */
import type { PersonFormValues, PositionFormValues } from "./schema";

export function personColumns(values: PersonFormValues) {
  return {
    name: values.name,
    nameTransliterated: values.nameTransliterated || null,
    countryCode: values.countryCode || null,
    notes: values.notes || null,
  };
}

export function positionColumns(values: PositionFormValues) {
  return {
    title: values.title,
    organisationId: values.organisationId ? Number(values.organisationId) : null,
    countryCode: values.countryCode || null,
    startsOn: values.startsOn || null,
    endsOn: values.endsOn || null,
  };
}
