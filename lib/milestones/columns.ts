/**
 * Form values → milestones columns ("" → null, ids as numbers, dates as partial ISO strings): the one
 * mapping of these columns, used by the server actions and by the seed loader (db/seed/load.ts),
 * so a column is mapped in one place. Pure; safe on both sides.
 */
import { dateOrNull } from "@/lib/dates/partial-date-input";
import type { MilestoneFormValues } from "./schema";

export function milestoneColumns(values: MilestoneFormValues) {
  return {
    title: values.title,
    kind: values.kind,
    plannedOn: dateOrNull(values.plannedOn),
    plannedEndOn: values.plannedEndOn || null,
    actualOn: dateOrNull(values.actualOn),
    city: values.city || null,
    countryCode: values.countryCode || null,
    status: values.status,
    notes: values.notes || null,
    meetingId: values.meetingId ? Number(values.meetingId) : null,
  };
}
