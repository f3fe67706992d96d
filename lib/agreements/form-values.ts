/** Maps stored agreements to the form's string values, and form choices to localized options. */
import type { Locale } from "@/lib/i18n/config";
import type { Agreement } from "@/db/schema";
import { countryChoices } from "@/lib/countries/choices";
import { formTexts, idText } from "@/lib/validation/form-text";
import type { AgreementFormValues } from "./schema";
import type { fetchAgreementFormOptions } from "./queries";

/** The edit form's initial values for a stored agreement (dates exactly as stored). */
export function agreementToFormValues(agreement: Agreement): AgreementFormValues {
  return {
    type: agreement.type,
    ...formTexts(agreement, ["titleAr", "titleFr", "titleEn"]),
    subjectAr: agreement.subject ?? "",
    ...formTexts(agreement, ["subjectFr", "subjectEn", "counterpartCountryCode"]),
    counterpartOrganisationId: idText(agreement.counterpartOrganisationId),
    ...formTexts(agreement, ["unitInCharge", "signedOn", "inForceOn", "expiresOn", "placeOfSignature"]),
  };
}

/** Localized, sorted choices for the agreement form's selects. */
export function agreementFormChoices(options: ReturnType<typeof fetchAgreementFormOptions>, locale: Locale) {
  return { countries: countryChoices(options.countries, locale) };
}
