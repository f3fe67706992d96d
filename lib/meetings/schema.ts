/**
 * The meeting form's zod schema, shared by the browser (react-hook-form) and the server actions.
 * Values are the strings the form holds ("" for an empty optional field); the server maps them to
 * columns in lib/meetings/actions.ts. Error messages are `errors.*` keys (lib/validation/errors.ts).
 */
import { z } from "zod";
import { countryCode, nameText, optionalId, optionalText, recordVersionSchema } from "@/lib/validation/fields";
import { meetingKinds } from "@/db/enums";
import { followUpRowSchema } from "@/lib/follow-ups/schema";
import { parsePartialDate, type DatePrecision } from "@/lib/dates/partial-date";
import "@/lib/validation/errors";

export const datePrecisions = ["day", "month", "year"] as const satisfies readonly DatePrecision[];


export const counterpartSchema = z
  .object({
    /** A known person's id, or "" when a new person is typed in. */
    personId: optionalId,
    /**
     * True when the user chose "+ new person" (the form then shows the new person's name instead
     * of the picker); absent on rows that did not come from the form's picker (imports, tests).
     */
    newPerson: z.boolean().optional(),
    newPersonName: nameText(200),
    newPersonTransliteration: nameText(200),
    titleAtMeeting: nameText(300),
  })
  .superRefine((value, ctx) => {
    // A new person's missing name is refused on the name field, the one the form shows then.
    if (value.newPerson && !value.newPersonName) {
      ctx.addIssue({ code: "custom", path: ["newPersonName"], message: "required" });
    } else if (!value.personId && !value.newPersonName) {
      ctx.addIssue({ code: "custom", path: ["personId"], message: "personRequired" });
    }
  });

export const meetingFormSchema = z
  .object({
    datePrecision: z.enum(datePrecisions),
    startsOn: z.string().trim().min(1),
    /** End of a date range ("" for a single date). */
    endsOn: z.string().trim(),
    kind: z.enum(meetingKinds),
    countryCode,
    city: nameText(200),
    venue: nameText(200),
    eventEditionId: optionalId,
    topics: optionalText(5000),
    outcome: optionalText(5000),
    counterparts: z.array(counterpartSchema).min(1, { message: "counterpartRequired" }).max(30),
    followUps: z.array(followUpRowSchema).max(50),
  })
  .superRefine((value, ctx) => {
    // One person once per meeting (also a unique index on meeting_counterparts).
    const seen = new Set<string>();
    value.counterparts.forEach((counterpart, index) => {
      if (!counterpart.personId) return;
      if (seen.has(counterpart.personId)) {
        ctx.addIssue({ code: "custom", path: ["counterparts", index, "personId"], message: "counterpartRepeated" });
      }
      seen.add(counterpart.personId);
    });
    const start = parsePartialDate(value.startsOn);
    if (!start || start.precision !== value.datePrecision) {
      ctx.addIssue({ code: "custom", path: ["startsOn"], message: "dateInvalid" });
      return;
    }
    if (value.endsOn) {
      const end = parsePartialDate(value.endsOn);
      if (!end) {
        ctx.addIssue({ code: "custom", path: ["endsOn"], message: "dateInvalid" });
      } else if (end.precision !== value.datePrecision) {
        ctx.addIssue({ code: "custom", path: ["endsOn"], message: "datePrecisionMismatch" });
      } else if (value.endsOn < value.startsOn) {
        ctx.addIssue({ code: "custom", path: ["endsOn"], message: "dateRangeOrder" });
      }
    }
  });

export type MeetingFormValues = z.infer<typeof meetingFormSchema>;

/** An edit carries the id and the version the form was loaded with (optimistic locking). */
export const meetingUpdateSchema = recordVersionSchema.extend({ values: meetingFormSchema });


/** An empty form (today's date at day precision is filled in by the form itself). */
export function emptyMeetingForm(today: string): MeetingFormValues {
  return {
    datePrecision: "day",
    startsOn: today,
    endsOn: "",
    kind: "working_meeting",
    countryCode: "",
    city: "",
    venue: "",
    eventEditionId: "",
    topics: "",
    outcome: "",
    counterparts: [{ personId: "", newPerson: false, newPersonName: "", newPersonTransliteration: "", titleAtMeeting: "" }],
    followUps: [],
  };
}

/**
 * Filters of the meetings list, as they live in the URL
 * (`?q=&country=&from=&to=&event=&person=&organisation=&kind=&validated=1&page=`).
 */
export const meetingFiltersSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  country: z.string().regex(/^[A-Z]{2}$/).optional().catch(undefined),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  event: z.coerce.number().int().positive().optional().catch(undefined),
  /** Meetings this person was a counterpart at (the "see all" of a person's page). */
  person: z.coerce.number().int().positive().optional().catch(undefined),
  /** Meetings where a counterpart represented this organisation (the "see all" of its page). */
  organisation: z.coerce.number().int().positive().optional().catch(undefined),
  kind: z.enum(meetingKinds).optional().catch(undefined),
  /** "1": only meetings a supervisor has validated. */
  validated: z.enum(["1"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100000).catch(1),
});
export type MeetingFilters = z.infer<typeof meetingFiltersSchema>;
