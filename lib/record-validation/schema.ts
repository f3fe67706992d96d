/**
 * Validation of what staff enter: the decision a supervisor takes on one record, shared by the
 * queue's buttons and the server action. Messages are `errors.*` keys.
 */
import { z } from "zod";
import type { Resource } from "@/lib/auth/permissions";
import "@/lib/validation/errors";

/**
 * The record types a supervisor validates, by the entity type the audit log uses, with the
 * permission resource each is checked against. This map is the whitelist: no other table can be
 * reached through the validation action.
 */
export const validationTargets = {
  meeting: { resource: "meeting" },
  project: { resource: "project" },
  agreement: { resource: "agreement" },
  organisation: { resource: "organisation" },
  person: { resource: "person" },
  activity: { resource: "milestone" },
} as const satisfies Record<string, { resource: Resource }>;

export type ValidationEntityType = keyof typeof validationTargets;
export const validationEntityTypes = Object.keys(validationTargets) as ValidationEntityType[];

export function isValidationEntityType(value: unknown): value is ValidationEntityType {
  return typeof value === "string" && Object.hasOwn(validationTargets, value);
}

/** validate: the record is checked; send_back: returned to staff with a comment saying why. */
export const validationDecisions = ["validate", "send_back"] as const;
export type ValidationDecision = (typeof validationDecisions)[number];

/** States that wait for a supervisor. */
export const awaitingValidationStatuses = ["new", "edited"] as const;

export const validationDecisionSchema = z
  .object({
    entityType: z.enum(validationEntityTypes as [ValidationEntityType, ...ValidationEntityType[]]),
    id: z.number().int().positive(),
    /** The version the supervisor saw: a record changed since then is not validated blindly. */
    version: z.number().int().positive(),
    decision: z.enum(validationDecisions),
    comment: z.string().trim().max(2000),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "send_back" && value.comment.length === 0) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: "commentRequired" });
    }
  });
export type ValidationDecisionInput = z.input<typeof validationDecisionSchema>;

/** The queue's filters, as they live in the URL (`?type=meeting&status=sent_back`). */
export const validationQueueFiltersSchema = z.object({
  type: z.enum(validationEntityTypes as [ValidationEntityType, ...ValidationEntityType[]]).optional().catch(undefined),
  /** "waiting" (new or edited, the default) or "sent_back" (returned to staff, waiting for them). */
  status: z.enum(["waiting", "sent_back"]).catch("waiting"),
});
export type ValidationQueueFilters = z.infer<typeof validationQueueFiltersSchema>;
