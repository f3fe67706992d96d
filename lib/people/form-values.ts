/** Maps stored people and positions to form values, and choices to localized options. */
import type { Locale } from "@/lib/i18n/config";
import type { Person } from "@/db/schema";
import { countryChoices } from "@/lib/countries/choices";
import type { PersonFormValues, PositionFormValues } from "./schema";
import type { fetchPersonFormOptions } from "./queries";

export function personToFormValues(person: Person): PersonFormValues {
  return { name: person.name, nameTransliterated: person.nameTransliterated ?? "", countryCode: person.countryCode ?? "", notes: person.notes ?? "" };
}

export function positionToFormValues(position: {
  title: string;
  organisationId: number | null;
  countryCode: string | null;
  startsOn: string | null;
  endsOn: string | null;
}): PositionFormValues {
  return {
    title: position.title,
    organisationId: position.organisationId ? String(position.organisationId) : "",
    countryCode: position.countryCode ?? "",
    startsOn: position.startsOn ?? "",
    endsOn: position.endsOn ?? "",
  };
}

/** Localized, sorted country and organisation choices. */
export function personFormChoices(options: ReturnType<typeof fetchPersonFormOptions>, locale: Locale) {
  return { countries: countryChoices(options.countries, locale) };
}
