/**
 * Form values → agreements columns ("" → null, ids as numbers, dates as partial ISO strings): the one
 * mapping of these columns, used by the server actions and by the seed loader (db/seed/load.ts),
 * so a column is mapped in one place. Pure; safe on both sides.
 */
import type { AgreementFormValues } from "./schema";

export function agreementColumns(values: AgreementFormValues) {
  return {
    type: values.type,
    titleAr: values.titleAr || null,
    titleFr: values.titleFr || null,
    titleEn: values.titleEn || null,
    subject: values.subjectAr || null,
    subjectFr: values.subjectFr || null,
    subjectEn: values.subjectEn || null,
    counterpartCountryCode: values.counterpartCountryCode || null,
    counterpartOrganisationId: values.counterpartOrganisationId ? Number(values.counterpartOrganisationId) : null,
    unitInCharge: values.unitInCharge || null,
    signedOn: values.signedOn || null,
    inForceOn: values.inForceOn || null,
    expiresOn: values.expiresOn || null,
    placeOfSignature: values.placeOfSignature || null,
  };
}
