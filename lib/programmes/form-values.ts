/** Maps a stored programme to form values, and the programme form's choices to localized options. */
import type { Locale } from "@/lib/i18n/config";
import { countryChoices } from "@/lib/countries/choices";
import { toPartialDateInput } from "@/lib/dates/partial-date-input";
import { organisationChoices } from "@/lib/organisations/display";
import type { fetchProgramme, fetchProgrammeFormOptions } from "./queries";
import type { ProgrammeFormValues } from "./schema";

type ProgrammeStored = NonNullable<ReturnType<typeof fetchProgramme>>;

export function programmeToFormValues(stored: ProgrammeStored): ProgrammeFormValues {
  const { programme } = stored;
  return {
    nameAr: programme.nameAr ?? "",
    nameFr: programme.nameFr ?? "",
    nameEn: programme.nameEn ?? "",
    acronym: programme.acronym ?? "",
    countryCode: programme.countryCode ?? "",
    fundingOrganisationId: programme.fundingOrganisationId ? String(programme.fundingOrganisationId) : "",
    plannedStart: toPartialDateInput(programme.plannedStart, "year"),
    plannedEnd: toPartialDateInput(programme.plannedEnd, "year"),
  };
}

/** Localized choices of the programme form. */
export function programmeFormChoices(options: ReturnType<typeof fetchProgrammeFormOptions>, locale: Locale) {
  return { countries: countryChoices(options.countries, locale), organisations: organisationChoices(options.organisations, locale) };
}
export type ProgrammeFormChoices = ReturnType<typeof programmeFormChoices>;
