/** Maps stored agreements to the form's string values, and form choices to localized options. */
import type { Locale } from "@/lib/i18n/config";
import type { Agreement } from "@/db/schema";
import { countryChoices } from "@/lib/countries/choices";
import type { AgreementFormValues } from "./schema";
import type { fetchAgreementFormOptions } from "./queries";

/** The edit form's initial values for a stored agreement (dates exactly as stored). */
export function agreementToFormValues(agreement: Agreement): AgreementFormValues {
  return {
    type: agreement.type,
    titleAr: agreement.titleAr ?? "",
    titleFr: agreement.titleFr ?? "",
    titleEn: agreement.titleEn ?? "",
    subjectAr: agreement.subject ?? "",
    subjectFr: agreement.subjectFr ?? "",
    subjectEn: agreement.subjectEn ?? "",
    counterpartCountryCode: agreement.counterpartCountryCode ?? "",
    counterpartOrganisationId: agreement.counterpartOrganisationId ? String(agreement.counterpartOrganisationId) : "",
    unitInCharge: agreement.unitInCharge ?? "",
    signedOn: agreement.signedOn ?? "",
    inForceOn: agreement.inForceOn ?? "",
    expiresOn: agreement.expiresOn ?? "",
    placeOfSignature: agreement.placeOfSignature ?? "",
  };
}

/** Localized, sorted choices for the agreement form's selects. */
export function agreementFormChoices(options: ReturnType<typeof fetchAgreementFormOptions>, locale: Locale) {
  return { countries: countryChoices(options.countries, locale) };
}
