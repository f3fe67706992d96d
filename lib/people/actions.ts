"use server";

/**
 * The people directory: server actions, each a thin call of the write path
 * (lib/write/run-mutation.ts). Positions are part of a person's record (permission "update
 * person"). A merge moves every reference to the person kept, in one transaction.
 */
import type { Idempotent } from "@/lib/write/idempotency";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { recordActions, refuseMergedRecord } from "@/lib/write/record-actions";
import type { RecordVersion } from "@/lib/validation/fields";
import { and, eq, isNull } from "drizzle-orm";
import { meetingCounterparts, meetings, people, positions } from "@/db/schema";
import { repointVersioned, touchVersioned } from "@/lib/write/repoint";
import {
  createdStamp,
  NotFoundError,
  runMutation,
  updateVersioned,
  type ActionResult,
  type WriteContext,
} from "@/lib/write/run-mutation";
import {
  personFormSchema,
  personMergeSchema,
  personUpdateSchema,
  positionCreateSchema,
  positionRemoveSchema,
  positionUpdateSchema,
  type PersonFormValues,
} from "./schema";
import { refreshPersonSearchText } from "./search-text";
import { personColumns, positionColumns } from "./columns";
import { checkCountry, checkOrganisation } from "@/lib/write/references";


/** The person a position belongs to, if the position exists and is not removed. */
function personOfPosition(ctx: WriteContext<unknown>, positionId: number): number {
  const row = ctx.tx.select({ personId: positions.personId, archivedAt: positions.archivedAt }).from(positions).where(eq(positions.id, positionId)).get();
  if (!row || row.archivedAt) throw new NotFoundError("position", positionId);
  return row.personId;
}

function revalidatePerson(id?: number) {
  revalidatePath("/people");
  if (id) revalidatePath(`/people/${id}`);
}

const personRecords = recordActions({
  resource: "person",
  table: people,
  entityType: "person",
  columns: personColumns,
  check: (ctx, values: PersonFormValues) => checkCountry(ctx, values.countryCode, "countryCode"),
  refreshSearchText: refreshPersonSearchText,
  restoreCheck: refuseMergedRecord(people),
  revalidate: revalidatePerson,
});

/** Adds a person to the directory. @returns the new person's id */
export async function createPerson(input: Idempotent<PersonFormValues>): Promise<ActionResult<{ id: number }>> {
  return personRecords.create(personFormSchema, input);
}

/** Saves an edit made on version `version` of person `id` ("conflict" when stale). */
export async function updatePerson(input: z.input<typeof personUpdateSchema>): Promise<ActionResult<{ id: number; version: number }>> {
  return personRecords.update(personUpdateSchema, input);
}

/** Archives a person (supervisors); their meetings keep them as counterpart. */
export async function archivePerson(input: RecordVersion): Promise<ActionResult<{ id: number; version: number }>> {
  return personRecords.archive(input);
}

/** Brings an archived person back (supervisors). A record merged away cannot be restored. */
export async function restorePerson(input: RecordVersion): Promise<ActionResult<{ id: number; version: number }>> {
  return personRecords.restore(input);
}

/** Records a title the person held (from / to). Audited on the person. */
export async function addPosition(input: Idempotent<z.input<typeof positionCreateSchema>>): Promise<ActionResult<{ id: number }>> {
  const result = await runMutation({
    action: "update",
    resource: "person",
    schema: positionCreateSchema,
    input,
    write: (ctx) => {
      const { personId, values } = ctx.data;
      const person = ctx.tx.select({ id: people.id }).from(people).where(and(eq(people.id, personId), isNull(people.archivedAt))).get();
      if (!person) throw new NotFoundError("person", personId);
      checkCountry(ctx, values.countryCode, "countryCode");
      checkOrganisation(ctx, values.organisationId, "organisationId");
      const columns = positionColumns(values);
      const { id } = ctx.tx.insert(positions).values({ personId, ...columns, ...createdStamp(ctx) }).returning({ id: positions.id }).get();
      refreshPersonSearchText(ctx.tx, personId);
      ctx.audit({ action: "create", entityType: "position", entityId: id, changes: { personId, ...columns } });
      return { id };
    },
  });
  if (result.ok) revalidatePerson(input.personId);
  return result;
}

/** Saves an edit of a position ("conflict" when stale). */
export async function updatePosition(input: z.input<typeof positionUpdateSchema>): Promise<ActionResult<{ id: number; personId: number }>> {
  const result = await runMutation({
    action: "update",
    resource: "person",
    schema: positionUpdateSchema,
    input,
    write: (ctx) => {
      const { id, version, values } = ctx.data;
      const personId = personOfPosition(ctx, id);
      checkCountry(ctx, values.countryCode, "countryCode");
      checkOrganisation(ctx, values.organisationId, "organisationId");
      const changes = updateVersioned(ctx, positions, "position", id, version, positionColumns(values));
      refreshPersonSearchText(ctx.tx, personId);
      ctx.audit({ action: "update", entityType: "position", entityId: id, changes });
      return { id, personId };
    },
  });
  if (result.ok) revalidatePerson(result.data.personId);
  return result;
}

/** Removes a position entered by mistake (kept in the database, archived, and audited). */
export async function removePosition(input: z.input<typeof positionRemoveSchema>): Promise<ActionResult<{ id: number; personId: number }>> {
  const result = await runMutation({
    action: "update",
    resource: "person",
    schema: positionRemoveSchema,
    input,
    write: (ctx) => {
      const personId = personOfPosition(ctx, ctx.data.id);
      const changes = updateVersioned(ctx, positions, "position", ctx.data.id, ctx.data.version, { archivedAt: ctx.now });
      refreshPersonSearchText(ctx.tx, personId);
      ctx.audit({ action: "archive", entityType: "position", entityId: ctx.data.id, changes });
      return { id: ctx.data.id, personId };
    },
  });
  if (result.ok) revalidatePerson(result.data.personId);
  return result;
}

/**
 * Merges two records of the same person: every meeting (counterpart row) and position of
 * `mergeId` moves to `keepId` (a meeting both attended keeps one counterpart row, the kept
 * person's), fields empty on the kept record are filled from the other, and the other record gets
 * `merged_into_id` and `archived_at`. One transaction; audited "merge" on both records.
 * @returns `{ keepId, meetingsMoved, positionsMoved }`
 */
export async function mergePeople(input: z.input<typeof personMergeSchema>): Promise<
  ActionResult<{ keepId: number; meetingsMoved: number; positionsMoved: number }>
> {
  const result = await runMutation({
    action: "merge",
    resource: "person",
    schema: personMergeSchema,
    input,
    write: (ctx) => {
      const { keepId, keepVersion, mergeId, mergeVersion } = ctx.data;
      const load = (id: number) => ctx.tx.select().from(people).where(eq(people.id, id)).get();
      const kept = load(keepId);
      const merged = load(mergeId);
      if (!kept || kept.archivedAt) throw new NotFoundError("person", keepId);
      if (!merged || merged.archivedAt) throw new NotFoundError("person", mergeId);

      // Meetings: move each counterpart row, unless the kept person already sits in that meeting.
      const keptMeetings = new Set(
        ctx.tx.select({ meetingId: meetingCounterparts.meetingId }).from(meetingCounterparts).where(eq(meetingCounterparts.personId, keepId)).all().map((r) => r.meetingId),
      );
      const rows = ctx.tx.select({ id: meetingCounterparts.id, meetingId: meetingCounterparts.meetingId }).from(meetingCounterparts).where(eq(meetingCounterparts.personId, mergeId)).all();
      const meetingIds = new Set<number>();
      for (const row of rows) {
        meetingIds.add(row.meetingId);
        if (keptMeetings.has(row.meetingId)) ctx.tx.delete(meetingCounterparts).where(eq(meetingCounterparts.id, row.id)).run();
        else ctx.tx.update(meetingCounterparts).set({ personId: keepId }).where(eq(meetingCounterparts.id, row.id)).run();
      }
      // The meetings, positions and earlier merges that referred to the person merged away: versions
      // bumped and audited (lib/write/repoint.ts).
      touchVersioned(ctx, meetings, "meeting", meetingIds, { counterpartPerson: [mergeId, keepId] });
      const positionsMoved = repointVersioned(ctx, positions, "position", positions.personId, "personId", mergeId, keepId);
      // Records merged earlier into the one that goes now follow it to the one kept.
      repointVersioned(ctx, people, "person", people.mergedIntoId, "mergedIntoId", mergeId, keepId);

      const filled = {
        nameTransliterated: kept.nameTransliterated ?? merged.nameTransliterated,
        countryCode: kept.countryCode ?? merged.countryCode,
        notes: [kept.notes, merged.notes].filter(Boolean).join("\n\n") || null,
      };
      const keptChanges = updateVersioned(ctx, people, "person", keepId, keepVersion, filled);
      const mergedChanges = updateVersioned(ctx, people, "person", mergeId, mergeVersion, { mergedIntoId: keepId, archivedAt: ctx.now });
      refreshPersonSearchText(ctx.tx, keepId);
      const summary = { keepId, mergeId, mergedName: merged.name, meetingsMoved: meetingIds.size, positionsMoved };
      ctx.audit({ action: "merge", entityType: "person", entityId: keepId, changes: { ...summary, fields: keptChanges } });
      ctx.audit({ action: "merge", entityType: "person", entityId: mergeId, changes: { ...summary, fields: mergedChanges } });
      return { keepId, meetingsMoved: meetingIds.size, positionsMoved };
    },
  });
  if (result.ok) {
    revalidatePerson(input.keepId);
    revalidatePath(`/people/${input.mergeId}`);
    revalidatePath("/meetings");
  }
  return result;
}
