"use server";

/**
 * Milestones: server actions. Each is a thin call of the write path (lib/write/run-mutation.ts)
 * with the shared schema of lib/milestones/schema.ts. Each milestone carries its own version, so
 * two people can work on different milestones of the same project; every write checks that the
 * milestone's project is in the user's scope (lib/auth/scope.ts).
 */
import { noticeReviewRequested } from "@/lib/notifications/record-events";
import type { Idempotent } from "@/lib/write/idempotency";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import { activities, meetings } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import { todayIn } from "@/lib/dates/partial-date";
import { revalidateProjects } from "@/lib/projects/paths";
import { recordVersionSchema } from "@/lib/validation/fields";
import { checkCountry } from "@/lib/write/references";
import { createdStamp, RuleError, runMutation, updateVersioned, type ActionResult, type WriteContext } from "@/lib/write/run-mutation";
import { milestoneCreateSchema, milestoneUpdateSchema, type MilestoneFormValues } from "./schema";
import { milestoneColumns } from "./columns";

type Ctx = WriteContext<unknown>;


function checkMilestoneReferences(ctx: Ctx, values: MilestoneFormValues): void {
  checkCountry(ctx, values.countryCode, "countryCode");
  if (values.meetingId) {
    const meeting = can(ctx.user.role, "read", "meeting")
      ? ctx.tx
          .select({ id: meetings.id })
          .from(meetings)
          .where(and(eq(meetings.id, Number(values.meetingId)), isNull(meetings.archivedAt)))
          .get()
      : undefined;
    if (!meeting) throw new RuleError("invalidOption", "meetingId");
  }
}

/** Adds a milestone to a project (placed after the others). @returns its id */
export async function createMilestone(input: Idempotent<z.input<typeof milestoneCreateSchema>>): Promise<ActionResult<{ id: number; projectId: number }>> {
  const result = await runMutation({
    action: "create",
    resource: "milestone",
    schema: milestoneCreateSchema,
    scope: (data) => ({ project: data.projectId }),
    input,
    replay: (data, id) => ({ id, projectId: data.projectId }),
    write: (ctx) => {
      const { projectId, values } = ctx.data;
      checkMilestoneReferences(ctx, values);
      const last = ctx.tx
        .select({ position: activities.position })
        .from(activities)
        .where(eq(activities.projectId, projectId))
        .orderBy(asc(activities.position))
        .all()
        .at(-1);
      const columns = { ...milestoneColumns(values), projectId, position: (last?.position ?? 0) + 1 };
      const { id } = ctx.tx.insert(activities).values({ ...columns, ...createdStamp(ctx) }).returning({ id: activities.id }).get();
      ctx.audit({ action: "create", entityType: "activity", entityId: id, changes: columns });
      return { id, projectId };
    },
  });
  if (result.ok) revalidateProjects(input.projectId);
  return result;
}

/** Saves an edit of one milestone made on its version `version`; a stale version is refused. */
export async function updateMilestone(input: z.input<typeof milestoneUpdateSchema>): Promise<ActionResult<{ id: number; version: number; projectId: number }>> {
  const result = await runMutation({
    action: "update",
    resource: "milestone",
    schema: milestoneUpdateSchema,
    scope: (data) => ({ milestone: data.id }),
    input,
    write: (ctx) => {
      const { id, version, values } = ctx.data;
      const projectId = ctx.scoped!.projectId;
      checkMilestoneReferences(ctx, values);
      const changes = updateVersioned(ctx, activities, "activity", id, version, milestoneColumns(values));
      ctx.audit({ action: "update", entityType: "activity", entityId: id, changes });
      // A milestone newly done waits for its steering committee's review.
      if (changes.status && changes.status[1] === "done") noticeReviewRequested(ctx, id, projectId);
      return { id, version: version + 1, projectId };
    },
  });
  if (result.ok) revalidateProjects(result.data.projectId);
  return result;
}

/**
 * Marks one milestone done. When it has no actual date yet, today's date in Morocco
 * (Africa/Casablanca, YYYY-MM-DD) is recorded as its actual date; one already set is kept.
 * @returns the milestone's new version; errors "conflict" (changed since loaded), "notFound"
 */
export async function markMilestoneDone(input: z.input<typeof recordVersionSchema>): Promise<ActionResult<{ id: number; version: number; projectId: number }>> {
  const result = await runMutation({
    action: "update",
    resource: "milestone",
    schema: recordVersionSchema,
    scope: (data) => ({ milestone: data.id }),
    input,
    write: (ctx) => {
      const { id, version } = ctx.data;
      const projectId = ctx.scoped!.projectId;
      const { actualOn } = ctx.tx.select({ actualOn: activities.actualOn }).from(activities).where(eq(activities.id, id)).get()!;
      const changes = updateVersioned(ctx, activities, "activity", id, version, {
        status: "done",
        ...(actualOn ? {} : { actualOn: todayIn("Africa/Casablanca", new Date(ctx.now)) }),
      });
      ctx.audit({ action: "update", entityType: "activity", entityId: id, changes });
      if ("status" in changes) noticeReviewRequested(ctx, id, projectId);
      return { id, version: version + 1, projectId };
    },
  });
  if (result.ok) revalidateProjects(result.data.projectId);
  return result;
}
