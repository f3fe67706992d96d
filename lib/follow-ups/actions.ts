"use server";

/**
 * Follow-up actions: closing one (done, or dropped) through the one write path, versioned and
 * audited; its reminders are then marked read for everyone they reached.
 */
import { revalidatePath } from "next/cache";
import { eq } from "drizzle-orm";
import { followUpActions, meetings } from "@/db/schema";
import { ConflictError, NotFoundError, RuleError, runMutation, updateVersioned, type ActionResult } from "@/lib/write/run-mutation";
import { resolveNotices } from "@/lib/notifications/emit";
import { followUpCloseSchema, type FollowUpCloseInput } from "./schema";

/**
 * Closes follow-up `id`, as seen at `version`, as "done" or "dropped", stamping who closed it and
 * when; audited "close" on the follow-up. Permission: "update" on "followUp" (staff, supervisors).
 * @returns the follow-up's id, its new version and its meeting; errors "conflict" (changed or
 *   closed since it was shown), "notFound" (missing, or its meeting archived), "rule"
 *   "followUpClosed" (already closed)
 */
export async function closeFollowUp(input: FollowUpCloseInput): Promise<ActionResult<{ id: number; version: number; meetingId: number }>> {
  const result = await runMutation({
    action: "update",
    resource: "followUp",
    schema: followUpCloseSchema,
    input,
    write: (ctx) => {
      const { id, version, status } = ctx.data;
      const stored = ctx.tx
        .select({ status: followUpActions.status, version: followUpActions.version, meetingId: followUpActions.meetingId, archivedAt: meetings.archivedAt })
        .from(followUpActions)
        .innerJoin(meetings, eq(meetings.id, followUpActions.meetingId))
        .where(eq(followUpActions.id, id))
        .get();
      if (!stored || stored.archivedAt) throw new NotFoundError("followUp", id);
      // A second tab, or the same click sent twice, answers what is no longer there.
      if (stored.version !== version) throw new ConflictError("followUp", id);
      if (stored.status !== "open") throw new RuleError("followUpClosed");
      const changes = updateVersioned(ctx, followUpActions, "followUp", id, version, { status, closedBy: ctx.user.id, closedAt: ctx.now });
      resolveNotices(ctx.tx, ctx.now, "followUp", id);
      ctx.audit({ action: "close", entityType: "followUp", entityId: id, changes: { ...changes, meetingId: stored.meetingId } });
      return { id, version: version + 1, meetingId: stored.meetingId };
    },
  });
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
