"use server";

/**
 * Milestone reviews: a steering-committee member approves a milestone marked done, or requests
 * changes with a comment. Through the one write path, with the scope checked by the write path (lib/auth/scope.ts).
 */
import { revalidatePath } from "next/cache";
import { desc, eq } from "drizzle-orm";
import { activities, milestoneReviews } from "@/db/schema";
import { ConflictError, RuleError, runMutation, type ActionResult } from "@/lib/write/run-mutation";
import { noticeReviewDecided } from "@/lib/notifications/record-events";
import { milestoneReviewSchema, type MilestoneReviewInput } from "./schema";

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
      const { activityId, version, latestReviewId, decision, comment } = ctx.data;
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
    },
  });
  if (result.ok) {
    revalidatePath("/", "layout");
  }
  return result;
}
