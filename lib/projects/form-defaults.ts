/**
 * A project form's empty rows, apart from lib/projects/schema.ts so that the form's first load does
 * not bring zod (its schema is loaded on first validation: components/forms/lazy-zod-resolver.ts).
 */
import type { PartnerFormValues } from "./schema";

/** The "new organisation" part of a partner row, empty (type "other" until the user picks one). */
export function emptyNewOrganisation(): PartnerFormValues["newOrganisation"] {
  return { nameAr: "", nameFr: "", nameEn: "", acronym: "", type: "other", countryCode: "" };
}

/** A partner row as "add a partner" starts it: no organisation, no role. */
export function emptyPartner(): PartnerFormValues {
  return { organisationId: "", newOrganisation: emptyNewOrganisation(), roles: [], note: "" };
}
