"use server";

/**
 * Meetings: server actions. Each one is a thin call of the write path (lib/write/run-mutation.ts)
 * with the shared schema; the rules of what a meeting write does live in `writeMeetingDetails`.
 */
import type { Idempotent } from "@/lib/write/idempotency";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { recordArchiving } from "@/lib/write/record-actions";
import { checkCountry } from "@/lib/write/references";
import type { RecordVersion } from "@/lib/validation/fields";
import { and, asc, eq, isNull } from "drizzle-orm";
import { eventEditions, meetingCounterparts, meetings, people } from "@/db/schema";
import { writeFollowUps } from "@/lib/follow-ups/write";
import { can } from "@/lib/auth/permissions";
import { buildSearchText } from "@/lib/text/normalize-arabic";
import {
  createdStamp,
  RuleError,
  runMutation,
  updateVersioned,
  type ActionResult,
  type WriteContext,
} from "@/lib/write/run-mutation";
import { meetingFormSchema, meetingUpdateSchema, type MeetingFormValues } from "./schema";
import { refreshMeetingSearchText } from "./search-text";
import { meetingColumns } from "./columns";


const meetingArchiving = recordArchiving({
  resource: "meeting",
  table: meetings,
  entityType: "meeting",
  revalidate: () => revalidatePath("/meetings"),
});

/** Refuses references to rows that do not exist, with the field to show the error on. */
function checkReferences(ctx: WriteContext<unknown>, values: MeetingFormValues): void {
  const { tx } = ctx;
  checkCountry(ctx, values.countryCode, "countryCode");
  if (
    values.eventEditionId &&
    !tx.select({ id: eventEditions.id }).from(eventEditions).where(eq(eventEditions.id, Number(values.eventEditionId))).get()
  ) {
    throw new RuleError("invalidOption", "eventEditionId");
  }
  values.counterparts.forEach((counterpart, index) => {
    if (!counterpart.personId) return;
    const person = tx
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.id, Number(counterpart.personId)), isNull(people.archivedAt)))
      .get();
    if (!person) throw new RuleError("invalidOption", `counterparts.${index}.personId`);
  });
}

/**
 * Writes a meeting's counterparts (creating the people typed in inline), replacing what was there,
 * and its follow-up actions (lib/follow-ups/write.ts: stored rows kept by id), then refreshes its search text.
 * @returns a summary of counterparts, and the follow-ups added, removed and changed, for the audit entry
 */
function writeMeetingDetails(ctx: WriteContext<unknown>, meetingId: number, values: MeetingFormValues) {
  const { tx } = ctx;
  tx.delete(meetingCounterparts).where(eq(meetingCounterparts.meetingId, meetingId)).run();
  const summary: { personId: number; title: string | null }[] = [];
  values.counterparts.forEach((counterpart, position) => {
    let personId = Number(counterpart.personId);
    if (!counterpart.personId) {
      if (!can(ctx.user.role, "create", "person")) throw new RuleError("forbidden");
      const person = tx
        .insert(people)
        .values({
          name: counterpart.newPersonName,
          nameTransliterated: counterpart.newPersonTransliteration || null,
          countryCode: (values.countryCode || null) as string | null,
          searchText: buildSearchText([counterpart.newPersonName, counterpart.newPersonTransliteration]),
          ...createdStamp(ctx),
        })
        .returning({ id: people.id })
        .get();
      personId = person.id;
      ctx.audit({ action: "create", entityType: "person", entityId: personId, changes: { name: counterpart.newPersonName } });
    }
    tx.insert(meetingCounterparts)
      .values({ meetingId, personId, titleAtMeeting: counterpart.titleAtMeeting || null, position })
      .run();
    summary.push({ personId, title: counterpart.titleAtMeeting || null });
  });
  const followUps = writeFollowUps(ctx, meetingId, values.followUps);
  refreshMeetingSearchText(tx, meetingId);
  return { summary, followUps };
}

/** Records a new meeting. @returns the new meeting's id */
export async function createMeeting(input: Idempotent<MeetingFormValues>): Promise<ActionResult<{ id: number }>> {
  const result = await runMutation({
    action: "create",
    resource: "meeting",
    schema: meetingFormSchema,
    input,
    write: (ctx) => {
      checkReferences(ctx, ctx.data);
      const columns = meetingColumns(ctx.data);
      const { id } = ctx.tx.insert(meetings).values({ ...columns, ...createdStamp(ctx) }).returning({ id: meetings.id }).get();
      const { summary: counterparts, followUps } = writeMeetingDetails(ctx, id, ctx.data);
      ctx.audit({ action: "create", entityType: "meeting", entityId: id, changes: { ...columns, counterparts, followUps: followUps.added } });
      return { id };
    },
  });
  if (result.ok) revalidatePath("/meetings");
  return result;
}

/**
 * Saves an edit made on the version `version` of meeting `id`. A stale version is refused with
 * error "conflict" and nothing is written.
 */
export async function updateMeeting(input: z.input<typeof meetingUpdateSchema>): Promise<ActionResult<{ id: number; version: number }>> {
  const result = await runMutation({
    action: "update",
    resource: "meeting",
    schema: meetingUpdateSchema,
    input,
    write: (ctx) => {
      const { id, version, values } = ctx.data;
      checkReferences(ctx, values);
      const before = ctx.tx
        .select({ personId: meetingCounterparts.personId, title: meetingCounterparts.titleAtMeeting })
        .from(meetingCounterparts)
        .where(eq(meetingCounterparts.meetingId, id))
        .orderBy(asc(meetingCounterparts.position))
        .all();
      const changes: Record<string, unknown> = updateVersioned(ctx, meetings, "meeting", id, version, meetingColumns(values));
      const { summary: after, followUps } = writeMeetingDetails(ctx, id, values);
      if (JSON.stringify(before) !== JSON.stringify(after)) changes.counterparts = [before, after];
      if (followUps.added.length || followUps.removed.length || followUps.changed.length) changes.followUps = followUps;
      ctx.audit({ action: "update", entityType: "meeting", entityId: id, changes });
      return { id, version: version + 1 };
    },
  });
  if (result.ok) {
    revalidatePath("/meetings");
    revalidatePath(`/meetings/${input.id}`);
  }
  return result;
}

/** Archives a meeting (supervisors): it leaves lists but stays in the database and the audit. */
export async function archiveMeeting(input: RecordVersion): Promise<ActionResult<{ id: number; version: number }>> {
  return meetingArchiving.archive(input);
}
