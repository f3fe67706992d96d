/** Maps stored agreements to the form's string values, and form choices to localized options. */
import type { Locale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";
import type { Agreement } from "@/db/schema";
import { organisationLabel } from "./display";
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
  const collator = new Intl.Collator(locale);
  return {
    countries: options.countries
      .map((c) => ({ value: c.code, label: localizedName(c, locale, c.code) }))
      .sort((a, b) => collator.compare(a.label, b.label)),
    organisations: options.organisations
      .map((o) => ({ value: String(o.id), label: organisationLabel(o, locale) || `#${o.id}` }))
      .sort((a, b) => collator.compare(a.label, b.label)),
  };
}
