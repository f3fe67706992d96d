/**
 * Zod schemas of milestones (a project's progress activities), shared by the browser
 * (react-hook-form) and the server actions. Values are the strings the dialog holds ("" for an
 * empty optional field); lib/milestones/actions.ts maps them to columns. Error messages are
 * `errors.*` keys (lib/validation/errors.ts).
 */
import { z } from "zod";
import { activityKinds, activityStatuses } from "@/db/enums";
import { parsePartialDate } from "@/lib/dates/partial-date";
import { partialDateInputSchema } from "@/lib/dates/partial-date-input";
import { countryCode, nameText, optionalId, optionalText, recordVersionSchema, requiredName } from "@/lib/validation/fields";
import "@/lib/validation/errors";

export const milestoneFormSchema = z
  .object({
    title: requiredName(500),
    kind: z.enum(activityKinds),
    plannedOn: partialDateInputSchema,
    /** End of a planned range ("" for a single date); same precision as plannedOn. */
    plannedEndOn: z.string().trim(),
    actualOn: partialDateInputSchema,
    city: nameText(200),
    countryCode,
    status: z.enum(activityStatuses),
    notes: optionalText(5000),
    /** The meeting that was this steering-committee session, if recorded. */
    meetingId: optionalId,
  })
  .superRefine((value, ctx) => {
    if (!value.plannedEndOn) return;
    if (!value.plannedOn.value) {
      ctx.addIssue({ code: "custom", path: ["plannedEndOn"], message: "dateInvalid" });
      return;
    }
    if (parsePartialDate(value.plannedEndOn)?.precision !== value.plannedOn.precision) {
      ctx.addIssue({ code: "custom", path: ["plannedEndOn"], message: "datePrecisionMismatch" });
    } else if (value.plannedEndOn < value.plannedOn.value) {
      ctx.addIssue({ code: "custom", path: ["plannedEndOn"], message: "dateRangeOrder" });
    }
  });
export type MilestoneFormValues = z.infer<typeof milestoneFormSchema>;

export const milestoneCreateSchema = z.object({
  projectId: z.number().int().positive(),
  values: milestoneFormSchema,
});

export const milestoneUpdateSchema = recordVersionSchema.extend({ values: milestoneFormSchema });

/**
 * Filters of a milestones export (app/api/exports/milestones): `project` for one project's
 * milestones, none for every project the user may see.
 */
export const milestoneListFiltersSchema = z.object({
  project: z.coerce.number().int().positive().optional().catch(undefined),
});
export type MilestoneListFilters = z.infer<typeof milestoneListFiltersSchema>;
