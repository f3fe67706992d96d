/**
 * Zod schemas of programmes, shared by the browser (react-hook-form) and the server actions.
 * Values are the strings the form holds ("" for an empty optional field); lib/programmes/actions.ts
 * maps them to columns. Error messages are `errors.*` keys (lib/validation/errors.ts).
 */
import { z } from "zod";
import { checkDateRange, partialDateInputSchema } from "@/lib/dates/partial-date-input";
import { countryCode, nameText, optionalId, recordVersionSchema } from "@/lib/validation/fields";
import "@/lib/validation/errors";

export const programmeFormSchema = z
  .object({
    nameAr: nameText(500),
    nameFr: nameText(500),
    nameEn: nameText(500),
    acronym: nameText(50),
    countryCode,
    fundingOrganisationId: optionalId,
    plannedStart: partialDateInputSchema,
    plannedEnd: partialDateInputSchema,
  })
  .superRefine((value, ctx) => {
    if (!value.nameAr && !value.nameFr && !value.nameEn) {
      ctx.addIssue({ code: "custom", path: ["nameAr"], message: "nameRequired" });
    }
    checkDateRange(ctx, value.plannedStart, value.plannedEnd, ["plannedEnd", "value"]);
  });
export type ProgrammeFormValues = z.infer<typeof programmeFormSchema>;

export const programmeUpdateSchema = recordVersionSchema.extend({ values: programmeFormSchema });

export function emptyProgrammeForm(): ProgrammeFormValues {
  return {
    nameAr: "",
    nameFr: "",
    nameEn: "",
    acronym: "",
    countryCode: "",
    fundingOrganisationId: "",
    plannedStart: { precision: "year", value: "" },
    plannedEnd: { precision: "year", value: "" },
  };
}
