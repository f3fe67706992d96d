/**
 * The organisations directory's zod schemas, shared by the form and the server actions.
 */
import { z } from "zod";
import { countryCode, nameText, recordMergeSchema, recordVersionSchema } from "@/lib/validation/fields";
import { organisationTypes } from "@/db/schema";
import "@/lib/validation/errors";


export const organisationFormSchema = z
  .object({
    nameAr: nameText(300),
    nameFr: nameText(300),
    nameEn: nameText(300),
    acronym: nameText(50),
    type: z.enum(organisationTypes),
    countryCode,
  })
  .superRefine((value, ctx) => {
    if (!value.nameAr && !value.nameFr && !value.nameEn && !value.acronym) {
      ctx.addIssue({ code: "custom", path: ["nameAr"], message: "organisationNameRequired" });
    }
  });
export type OrganisationFormValues = z.infer<typeof organisationFormSchema>;

export const organisationUpdateSchema = recordVersionSchema.extend({ values: organisationFormSchema });

/** Merge `mergeId` into `keepId` (versions as the page showed them). */
export const organisationMergeSchema = recordMergeSchema;

export function emptyOrganisationForm(): OrganisationFormValues {
  return { nameAr: "", nameFr: "", nameEn: "", acronym: "", type: "other", countryCode: "" };
}

/** Filters of /organisations, as they live in the URL. */
export const organisationFiltersSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  type: z.enum(organisationTypes).optional().catch(undefined),
  country: z.string().regex(/^[A-Z]{2}$/).optional().catch(undefined),
  archived: z.enum(["1"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100000).catch(1),
});
export type OrganisationFilters = z.infer<typeof organisationFiltersSchema>;
