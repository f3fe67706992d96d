"use server";

/** Events and their editions: server actions, each a thin call of the write path. */
import type { Idempotent } from "@/lib/write/idempotency";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { insertRecord, recordActions } from "@/lib/write/record-actions";
import type { RecordVersion } from "@/lib/validation/fields";
import { and, eq, isNull } from "drizzle-orm";
import { eventEditions, events } from "@/db/schema";
import { NotFoundError, RuleError, runMutation, updateVersioned, type ActionResult, type WriteContext } from "@/lib/write/run-mutation";
import {
  editionCreateSchema,
  editionUpdateSchema,
  eventFormSchema,
  eventUpdateSchema,
  type EditionFormValues,
  type EventFormValues,
} from "./schema";
import { eventColumns, editionColumns } from "./columns";
import { checkCountry } from "@/lib/write/references";

/** A second edition with the same number of one event is refused. */
function checkNumber(ctx: WriteContext<unknown>, eventId: number, values: EditionFormValues, exceptId?: number) {
  if (!values.number) return;
  const same = ctx.tx
    .select({ id: eventEditions.id })
    .from(eventEditions)
    .where(and(eq(eventEditions.eventId, eventId), eq(eventEditions.number, Number(values.number)), isNull(eventEditions.archivedAt)))
    .all()
    .filter((r) => r.id !== exceptId);
  if (same.length) throw new RuleError("editionNumberTaken", "number");
}

function revalidateEvent(id?: number) {
  revalidatePath("/events");
  if (id) revalidatePath(`/events/${id}`);
}

const eventRecords = recordActions({
  resource: "event",
  table: events,
  entityType: "event",
  columns: (values: EventFormValues) => eventColumns(values),
  revalidate: revalidateEvent,
});

/** Records a new event (forum, conference...). @returns its id */
export async function createEvent(input: Idempotent<EventFormValues>): Promise<ActionResult<{ id: number }>> {
  return eventRecords.create(eventFormSchema, input);
}

/** Saves an edit of an event ("conflict" when stale). */
export async function updateEvent(input: z.input<typeof eventUpdateSchema>): Promise<ActionResult<{ id: number; version: number }>> {
  return eventRecords.update(eventUpdateSchema, input);
}

/** Archives an event (supervisors). */
export async function archiveEvent(input: RecordVersion): Promise<ActionResult<{ id: number; version: number }>> {
  return eventRecords.archive(input);
}

/** Brings an archived event back (supervisors). */
export async function restoreEvent(input: RecordVersion): Promise<ActionResult<{ id: number; version: number }>> {
  return eventRecords.restore(input);
}

/** Adds an edition to an event. Audited on the event. */
export async function createEdition(input: Idempotent<z.input<typeof editionCreateSchema>>): Promise<ActionResult<{ id: number }>> {
  const result = await runMutation({
    action: "update",
    resource: "event",
    schema: editionCreateSchema,
    input,
    write: (ctx) => {
      const { eventId, values } = ctx.data;
      if (!ctx.tx.select({ id: events.id }).from(events).where(and(eq(events.id, eventId), isNull(events.archivedAt))).get()) throw new NotFoundError("event", eventId);
      checkCountry(ctx, values.countryCode, "countryCode");
      checkNumber(ctx, eventId, values);
      const columns = editionColumns(values);
      const id = insertRecord(ctx, { table: eventEditions, entityType: "event_edition" }, { eventId, ...columns });
      ctx.audit({ action: "update", entityType: "event", entityId: eventId, changes: { editions: [null, columns] } });
      return { id };
    },
  });
  if (result.ok) revalidateEvent(input.eventId);
  return result;
}

/** Saves an edit of an edition ("conflict" when stale). */
export async function updateEdition(input: z.input<typeof editionUpdateSchema>): Promise<ActionResult<{ id: number; eventId: number }>> {
  const result = await runMutation({
    action: "update",
    resource: "event",
    schema: editionUpdateSchema,
    input,
    write: (ctx) => {
      const { id, version, values } = ctx.data;
      const stored = ctx.tx.select({ eventId: eventEditions.eventId }).from(eventEditions).where(eq(eventEditions.id, id)).get();
      if (!stored) throw new NotFoundError("event_edition", id);
      checkCountry(ctx, values.countryCode, "countryCode");
      checkNumber(ctx, stored.eventId, values, id);
      const changes = updateVersioned(ctx, eventEditions, "event_edition", id, version, editionColumns(values));
      ctx.audit({ action: "update", entityType: "event_edition", entityId: id, changes });
      ctx.audit({ action: "update", entityType: "event", entityId: stored.eventId, changes: { editions: changes } });
      return { id, eventId: stored.eventId };
    },
  });
  if (result.ok) revalidateEvent(result.data.eventId);
  return result;
}
