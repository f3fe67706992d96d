/** Maps a stored programme to form values, and the programme form's choices to localized options. */
import type { Locale } from "@/lib/i18n/config";
import { countryChoices } from "@/lib/countries/choices";
import { toPartialDateInput } from "@/lib/dates/partial-date-input";
import type { fetchProgramme, fetchProgrammeFormOptions } from "./queries";
import type { ProgrammeFormValues } from "./schema";
import { formTexts, idText } from "@/lib/validation/form-text";

type ProgrammeStored = NonNullable<ReturnType<typeof fetchProgramme>>;

/** The edit form's initial values for a stored programme. */
export function programmeToFormValues(stored: ProgrammeStored): ProgrammeFormValues {
  const { programme } = stored;
  return {
    ...formTexts(programme, ["nameAr", "nameFr", "nameEn", "acronym", "countryCode"]),
    fundingOrganisationId: idText(programme.fundingOrganisationId),
    plannedStart: toPartialDateInput(programme.plannedStart, "year"),
    plannedEnd: toPartialDateInput(programme.plannedEnd, "year"),
  };
}

/** Localized choices of the programme form. */
export function programmeFormChoices(options: ReturnType<typeof fetchProgrammeFormOptions>, locale: Locale) {
  return { countries: countryChoices(options.countries, locale) };
}
export type ProgrammeFormChoices = ReturnType<typeof programmeFormChoices>;
