/** Maps stored events and editions to their forms' string values. */
import type { eventEditions, events } from "@/db/schema";
import type { EditionFormValues, EventFormValues } from "./schema";

export function eventToFormValues(e: typeof events.$inferSelect): EventFormValues {
  return { nameAr: e.nameAr ?? "", nameFr: e.nameFr ?? "", nameEn: e.nameEn ?? "", acronym: e.acronym ?? "", kind: e.kind };
}

export function editionToFormValues(e: typeof eventEditions.$inferSelect): EditionFormValues {
  return {
    number: e.number === null ? "" : String(e.number),
    startsOn: e.startsOn ?? "",
    endsOn: e.endsOn ?? "",
    city: e.city ?? "",
    countryCode: e.countryCode ?? "",
    venue: e.venue ?? "",
    theme: e.theme ?? "",
  };
}
