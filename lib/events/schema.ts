/**
 * Events (forums, conferences) and their editions: zod schemas shared by forms and server actions.
 */
import { z } from "zod";
import { countryCode, nameText, optionalPartialDate as partialDate, recordVersionSchema } from "@/lib/validation/fields";
import { eventKinds } from "@/db/schema";
import { mayFollow, parsePartialDate } from "@/lib/dates/partial-date";
import "@/lib/validation/errors";

const id = z.number().int().positive();

export const eventFormSchema = z
  .object({
    nameAr: nameText(300),
    nameFr: nameText(300),
    nameEn: nameText(300),
    acronym: nameText(50),
    kind: z.enum(eventKinds),
  })
  .superRefine((value, ctx) => {
    if (!value.nameAr && !value.nameFr && !value.nameEn) ctx.addIssue({ code: "custom", path: ["nameAr"], message: "eventNameRequired" });
  });
export type EventFormValues = z.infer<typeof eventFormSchema>;
export const eventUpdateSchema = recordVersionSchema.extend({ values: eventFormSchema });

export function emptyEventForm(): EventFormValues {
  return { nameAr: "", nameFr: "", nameEn: "", acronym: "", kind: "forum" };
}

/** An edition: its number (1 for the first; "" when not numbered), dates, city, theme. */
export const editionFormSchema = z
  .object({
    number: z.string().trim().regex(/^(\d{1,3})?$/, { message: "numberInvalid" }),
    startsOn: z
      .string()
      .trim()
      .min(1)
      .refine((v) => parsePartialDate(v) !== null, { message: "dateInvalid" }),
    endsOn: partialDate,
    city: nameText(200),
    countryCode,
    venue: nameText(200),
    theme: nameText(500),
  })
  .superRefine((value, ctx) => {
    if (value.endsOn && parsePartialDate(value.startsOn) && parsePartialDate(value.endsOn) && !mayFollow(value.startsOn, value.endsOn)) {
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "dateRangeOrder" });
    }
  });
export type EditionFormValues = z.infer<typeof editionFormSchema>;
export const editionCreateSchema = z.object({ eventId: id, values: editionFormSchema });
export const editionUpdateSchema = recordVersionSchema.extend({ values: editionFormSchema });

export function emptyEditionForm(): EditionFormValues {
  return { number: "", startsOn: "", endsOn: "", city: "", countryCode: "", venue: "", theme: "" };
}
