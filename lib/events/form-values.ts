/** Maps stored events and editions to their forms' string values. */
import type { eventEditions, events } from "@/db/schema";
import type { EditionFormValues, EventFormValues } from "./schema";
import { formTexts } from "@/lib/validation/form-text";

/** The event form's initial values for a stored event. */
export function eventToFormValues(e: typeof events.$inferSelect): EventFormValues {
  return { ...formTexts(e, ["nameAr", "nameFr", "nameEn", "acronym"]), kind: e.kind };
}

/** The edition form's initial values for a stored edition (dates exactly as stored). */
export function editionToFormValues(e: typeof eventEditions.$inferSelect): EditionFormValues {
  return {
    number: e.number === null ? "" : String(e.number),
    ...formTexts(e, ["startsOn", "endsOn", "city", "countryCode", "venue", "theme"]),
  };
}
