/**
 * Validation of what staff enter: the decision a supervisor takes on one record, shared by the
 * queue's buttons and the server action. Messages are `errors.*` keys.
 */
import { z } from "zod";
import type { Resource } from "@/lib/auth/permissions";
import "@/lib/validation/errors";
import { commentRequiredWhen } from "@/lib/validation/fields";

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
  .superRefine(commentRequiredWhen("send_back"));
export type ValidationDecisionInput = z.input<typeof validationDecisionSchema>;

/** The queue's filters, as they live in the URL (`?type=meeting&status=sent_back`). */
export const validationQueueFiltersSchema = z.object({
  type: z.enum(validationEntityTypes as [ValidationEntityType, ...ValidationEntityType[]]).optional().catch(undefined),
  /** "waiting" (new or edited, the default) or "sent_back" (returned to staff, waiting for them). */
  status: z.enum(["waiting", "sent_back"]).catch("waiting"),
  /** 1-based page of VALIDATION_QUEUE_LIMIT rows. */
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type ValidationQueueFilters = z.infer<typeof validationQueueFiltersSchema>;

/**
 * The record kinds a supervisor marks publishable (they appear in lib/publications' outputs once
 * validated and marked), with the permission resource each is checked against. This map is the
 * publishing whitelist: no other table can be reached through `setPublishable`.
 */
export const publishingTargets = {
  meeting: { resource: "meeting" },
  project: { resource: "project" },
  agreement: { resource: "agreement" },
  event_edition: { resource: "event" },
} as const satisfies Record<string, { resource: Resource }>;

export type PublishingEntityType = keyof typeof publishingTargets;
export const publishingEntityTypes = Object.keys(publishingTargets) as PublishingEntityType[];

export function isPublishingEntityType(value: unknown): value is PublishingEntityType {
  return typeof value === "string" && Object.hasOwn(publishingTargets, value);
}

/** At most this many records in one bulk decision (a filtered list of the publications page). */
export const PUBLISHING_BATCH_LIMIT = 500;

/**
 * The supervisor's publishing decision on one record or a whole filtered list of one kind:
 * `{ entityType, items: [{ id, version }], publishable, validate }`. Each item carries the version
 * the supervisor saw; `validate: true` also validates the records (one step for a list that has
 * been checked).
 */
export const publishingDecisionSchema = z.object({
  entityType: z.enum(publishingEntityTypes as [PublishingEntityType, ...PublishingEntityType[]]),
  items: z
    .array(z.object({ id: z.number().int().positive(), version: z.number().int().positive() }))
    .min(1, "selectionEmpty")
    .max(PUBLISHING_BATCH_LIMIT, "selectionTooLarge")
    .refine((items) => new Set(items.map((i) => i.id)).size === items.length, "selectionDuplicate"),
  publishable: z.boolean(),
  validate: z.boolean(),
});
export type PublishingDecisionInput = z.input<typeof publishingDecisionSchema>;
