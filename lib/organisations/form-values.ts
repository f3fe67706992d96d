/** Maps a stored organisation to the form's string values. */
import type { Organisation } from "@/db/schema";
import type { OrganisationFormValues } from "./schema";

export function organisationToFormValues(o: Organisation): OrganisationFormValues {
  return { nameAr: o.nameAr ?? "", nameFr: o.nameFr ?? "", nameEn: o.nameEn ?? "", acronym: o.acronym ?? "", type: o.type, countryCode: o.countryCode ?? "" };
}
