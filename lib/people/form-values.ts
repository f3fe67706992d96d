/** Maps stored people and positions to form values, and choices to localized options. */
import type { Locale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";
import type { Person } from "@/db/schema";
import { organisationLabel } from "@/lib/agreements/display";
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
  const collator = new Intl.Collator(locale);
  return {
    countries: options.countries.map((c) => ({ value: c.code, label: localizedName(c, locale, c.code) })).sort((a, b) => collator.compare(a.label, b.label)),
    organisations: options.organisations
      .map((o) => ({ value: String(o.id), label: organisationLabel(o, locale) || `#${o.id}` }))
      .sort((a, b) => collator.compare(a.label, b.label)),
  };
}
