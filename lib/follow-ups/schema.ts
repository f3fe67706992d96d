/**
 * Follow-up actions: the zod schemas shared by the browser and the server. A follow-up row is
 * written with its meeting (lib/meetings/actions.ts); closing one is an action of its own
 * (lib/follow-ups/actions.ts). Error messages are `errors.*` keys.
 */
import { z } from "zod";
import { followUpOwnerKinds } from "@/db/enums";
import { parsePartialDate, lastDay } from "@/lib/dates/partial-date";
import { nameText, optionalId, recordVersionSchema } from "@/lib/validation/fields";
import "@/lib/validation/errors";

/**
 * One follow-up row of the meeting form. `id` is "" for a new row (a stored row keeps its id, so
 * its status, closing and notices survive an edit of the meeting). The owner is chosen by kind:
 * a user, a person, an organisation, or a party named in `owner`. The due date may be a day, a
 * month or a year (`2026-12-01`, `2026-12`, `2026`).
 */
export const followUpRowSchema = z
  .object({
    id: optionalId,
    description: z.string().trim().min(1).max(1000),
    ownerKind: z.union([z.enum(followUpOwnerKinds), z.literal("")]),
    ownerUserId: optionalId,
    ownerPersonId: optionalId,
    ownerOrganisationId: optionalId,
    owner: nameText(200),
    dueOn: z.string().trim().refine((v) => v === "" || parsePartialDate(v) !== null, { message: "dateInvalid" }),
    projectId: optionalId,
    agreementId: optionalId,
  })
  .superRefine((value, ctx) => {
    const required = { user: "ownerUserId", person: "ownerPersonId", organisation: "ownerOrganisationId", named: "owner" } as const;
    if (value.ownerKind && !value[required[value.ownerKind]]) {
      ctx.addIssue({ code: "custom", path: [required[value.ownerKind]], message: "required" });
    }
  });
export type FollowUpRowValues = z.infer<typeof followUpRowSchema>;

export { emptyFollowUpRow } from "./empty-row";

/** Closing a follow-up as seen at `version`: done, or dropped (no longer to be done). */
export const followUpCloseSchema = recordVersionSchema.extend({
  status: z.enum(["done", "dropped"]),
});
export type FollowUpCloseInput = z.input<typeof followUpCloseSchema>;

/**
 * Is a follow-up due on `dueOn` (partial ISO date) overdue on `today` (`YYYY-MM-DD`)? Only once
 * the whole period has passed: due "2026-11" is overdue from 2026-12-01, never on a day of November.
 */
export function isOverdue(dueOn: string | null, today: string): boolean {
  return dueOn !== null && parsePartialDate(dueOn) !== null && lastDay(dueOn) < today;
}
