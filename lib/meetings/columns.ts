/**
 * Form values → meetings columns ("" → null, ids as numbers, dates as partial ISO strings): the one
 * mapping of these columns, used by the server actions and by the seed loader (db/seed/load.ts),
 * so a column is mapped in one place. Pure; safe on both sides.
 */
import type { MeetingFormValues } from "./schema";

/** The meeting form's own fields (counterparts and follow-ups are rows of their own). */
export type MeetingColumnValues = Omit<MeetingFormValues, "datePrecision" | "counterparts" | "followUps">;

/** The meeting's own columns. */
export function meetingColumns(values: MeetingColumnValues) {
  return {
    startsOn: values.startsOn,
    endsOn: values.endsOn || null,
    kind: values.kind,
    countryCode: values.countryCode || null,
    city: values.city || null,
    venue: values.venue || null,
    eventEditionId: values.eventEditionId ? Number(values.eventEditionId) : null,
    topics: values.topics || null,
    outcome: values.outcome || null,
  };
}
