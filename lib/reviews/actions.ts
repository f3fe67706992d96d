"use server";

/**
 * Milestone reviews: a steering-committee member approves a milestone marked done, or requests
 * changes with a comment. Through the one write path, with the scope checked by the write path (lib/auth/scope.ts).
 */
import { revalidatePath } from "next/cache";
import { desc, eq } from "drizzle-orm";
import { activities, milestoneReviews } from "@/db/schema";
import { assertInScope } from "@/lib/auth/scope";
import { ConflictError, RuleError, runMutation, type ActionResult, type WriteContext } from "@/lib/write/run-mutation";
import { noticeReviewDecided } from "@/lib/notifications/record-events";
import { bulkApprovalSchema, milestoneReviewSchema, type BulkApprovalInput, type MilestoneReviewDecision, type MilestoneReviewInput, type ReviewedMilestone } from "./schema";

/**
 * Records one decision on one milestone inside the write's transaction, answering what the member
 * saw: the milestone at `version`, its latest review `latestReviewId`.
 * @throws ConflictError when the milestone changed, or another review was recorded, since then
 * @throws RuleError "milestoneNotDone" when the milestone is not marked done
 */
function recordReview(ctx: WriteContext<unknown>, seen: ReviewedMilestone, decision: MilestoneReviewDecision, comment: string) {
  const { activityId, version, latestReviewId } = seen;
  const milestone = ctx.tx
    .select({ id: activities.id, version: activities.version, status: activities.status, projectId: activities.projectId })
    .from(activities)
    .where(eq(activities.id, activityId))
    .get()!;
  if (milestone.version !== version) throw new ConflictError("activity", activityId);
  // The decision answers what the member saw: a review recorded since then makes it stale.
  const latest = ctx.tx
    .select({ id: milestoneReviews.id })
    .from(milestoneReviews)
    .where(eq(milestoneReviews.activityId, activityId))
    .orderBy(desc(milestoneReviews.createdAt), desc(milestoneReviews.id))
    .limit(1)
    .get();
  if ((latest?.id ?? null) !== latestReviewId) throw new ConflictError("activity", activityId);
  if (milestone.status !== "done") throw new RuleError("milestoneNotDone");
  const { id } = ctx.tx
    .insert(milestoneReviews)
    .values({ activityId, reviewerId: ctx.user.id, decision, comment: comment || null, createdAt: ctx.now })
    .returning({ id: milestoneReviews.id })
    .get();
  ctx.audit({ action: "review", entityType: "activity", entityId: activityId, changes: { decision, comment: comment || null } });
  noticeReviewDecided(ctx, activityId, decision, comment || null);
  return { id, projectId: milestone.projectId };
}

/**
 * Records a review of milestone `activityId` as seen at `version`, with `latestReviewId` the
 * milestone's latest review the member saw (null if none).
 * Permission: "review" on "milestone" (committee members). Scope: the milestone's project must be
 * one whose steering committee the member sits on, else "notFound" (the milestone is not shown to
 * exist). The milestone itself is not changed; the review is a row of its own, audited "review".
 * @returns the review's id; errors "notFound", "conflict" (the milestone changed since it was
 *   shown, or its latest review is no longer the one shown: a second tab, another member, or the
 *   same decision sent twice), "rule" with message "milestoneNotDone", "invalid" (changes requested without a comment)
 */
export async function reviewMilestone(input: MilestoneReviewInput): Promise<ActionResult<{ id: number; projectId: number }>> {
  const result = await runMutation({
    action: "review",
    resource: "milestone",
    schema: milestoneReviewSchema,
    // Only committee members hold "review": their scope is the projects whose committee they sit on.
    scope: (data) => ({ milestone: data.activityId }),
    input,
    write: (ctx) => {
      const { decision, comment } = ctx.data;
      return recordReview(ctx, ctx.data, decision, comment);
    },
  });
  if (result.ok) {
    revalidatePath("/", "layout");
  }
  return result;
}

/**
 * Approves several done milestones in one decision (the bulk review page), with one optional
 * comment: all of them in one transaction, or none. Each milestone is checked as reviewMilestone
 * checks one: in the member's scope (else "notFound"), at the version and latest review the member
 * saw (else "conflict": a second tab, another member, the same approval sent twice), marked done
 * (else "rule" "milestoneNotDone"). Sending back stays one milestone at a time (reviewMilestone),
 * with its required comment.
 * Permission: "review" on "milestone" (committee members).
 * @returns the new reviews' ids, in the order given
 */
export async function approveMilestones(input: BulkApprovalInput): Promise<ActionResult<{ ids: number[] }>> {
  const result = await runMutation({
    action: "review",
    resource: "milestone",
    schema: bulkApprovalSchema,
    // The first milestone through the write path's own check; every other one below, in the same transaction.
    scope: (data) => ({ milestone: data.milestones[0]!.activityId }),
    input,
    write: (ctx) => {
      const ids = ctx.data.milestones.map((seen) => {
        assertInScope(ctx.tx, ctx.user, { milestone: seen.activityId });
        return recordReview(ctx, seen, "approved", ctx.data.comment).id;
      });
      return { ids };
    },
  });
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
