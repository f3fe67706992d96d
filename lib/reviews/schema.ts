/**
 * A steering-committee member's review of a milestone marked done, shared by the review form and
 * the server action. Messages are `errors.*` keys.
 */
import { z } from "zod";
import { milestoneReviewDecisions } from "@/db/enums";
import "@/lib/validation/errors";
import { commentRequiredWhen } from "@/lib/validation/fields";

export type MilestoneReviewDecision = (typeof milestoneReviewDecisions)[number];

/** A milestone as the member saw it when deciding. */
const reviewedMilestoneSchema = z.object({
  activityId: z.number().int().positive(),
  /** The milestone's version the member saw: a milestone changed since then is not approved blindly. */
  version: z.number().int().positive(),
  /**
   * The id of the milestone's latest review (by any member) the member saw, null if it had none:
   * a review recorded since (another tab, another member, the same approval sent twice) is a conflict.
   */
  latestReviewId: z.number().int().positive().nullable(),
});
export type ReviewedMilestone = z.output<typeof reviewedMilestoneSchema>;

export const milestoneReviewSchema = reviewedMilestoneSchema
  .extend({
    decision: z.enum(milestoneReviewDecisions),
    /** Required when requesting changes (staff must know what to change). */
    comment: z.string().trim().max(2000),
  })
  .superRefine(commentRequiredWhen("changes_requested"));
export type MilestoneReviewInput = z.input<typeof milestoneReviewSchema>;

/** Largest number of milestones approved in one decision. */
export const MAX_BULK_APPROVALS = 100;

/** Several done milestones approved at once, with one optional comment (each milestone at most once). */
export const bulkApprovalSchema = z.object({
  milestones: z
    .array(reviewedMilestoneSchema)
    .min(1, "selectMilestones")
    .max(MAX_BULK_APPROVALS)
    .refine((list) => new Set(list.map((m) => m.activityId)).size === list.length, "duplicateMilestones"),
  comment: z.string().trim().max(2000),
});
export type BulkApprovalInput = z.input<typeof bulkApprovalSchema>;

/** Filters of the reviews list, as they live in the URL (`?decision=changes_requested&project=1`). */
export const reviewFiltersSchema = z.object({
  decision: z.enum(milestoneReviewDecisions).optional().catch(undefined),
  project: z.coerce.number().int().positive().optional().catch(undefined),
});
export type ReviewFilters = z.infer<typeof reviewFiltersSchema>;
