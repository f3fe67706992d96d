/**
 * The people directory's zod schemas, shared by the forms and the server actions. Values are the
 * strings a form holds ("" for an empty optional field); dates are partial ISO strings.
 */
import { z } from "zod";
import { countryCode, nameText, optionalId, optionalPartialDate as partialDate, optionalText, recordMergeSchema, recordVersionSchema, requiredName } from "@/lib/validation/fields";
import { mayFollow, parsePartialDate } from "@/lib/dates/partial-date";
import "@/lib/validation/errors";

const id = z.number().int().positive();

export const personFormSchema = z.object({
  /** The name in its original script. */
  name: requiredName(200),
  nameTransliterated: nameText(200),
  countryCode,
  notes: optionalText(5000),
});
export type PersonFormValues = z.infer<typeof personFormSchema>;

export const personUpdateSchema = recordVersionSchema.extend({ values: personFormSchema });

export function emptyPersonForm(): PersonFormValues {
  return { name: "", nameTransliterated: "", countryCode: "", notes: "" };
}

/** A title a person held for a period (from / to partial dates, "to" empty while it lasts). */
export const positionFormSchema = z
  .object({
    title: requiredName(300),
    organisationId: optionalId,
    countryCode,
    startsOn: partialDate,
    endsOn: partialDate,
  })
  .superRefine((value, ctx) => {
    if (value.startsOn && value.endsOn && parsePartialDate(value.startsOn) && parsePartialDate(value.endsOn) && !mayFollow(value.startsOn, value.endsOn)) {
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "dateRangeOrder" });
    }
  });
export type PositionFormValues = z.infer<typeof positionFormSchema>;

export const positionCreateSchema = z.object({ personId: id, values: positionFormSchema });
export const positionUpdateSchema = recordVersionSchema.extend({ values: positionFormSchema });
export const positionRemoveSchema = recordVersionSchema;

export function emptyPositionForm(): PositionFormValues {
  return { title: "", organisationId: "", countryCode: "", startsOn: "", endsOn: "" };
}

/** Merge two records of the same person: `mergeId` goes into `keepId`. */
export const personMergeSchema = recordMergeSchema;

/** Filters of /people, as they live in the URL. */
export const peopleFiltersSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  country: z.string().regex(/^[A-Z]{2}$/).optional().catch(undefined),
  archived: z.enum(["1"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100000).catch(1),
});
export type PeopleFilters = z.infer<typeof peopleFiltersSchema>;
