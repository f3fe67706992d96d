/** Maps a stored milestone to the milestone dialog's values. */
import type { Activity } from "@/db/schema";
import { toPartialDateInput } from "@/lib/dates/partial-date-input";
import type { MilestoneFormValues } from "./schema";

/** The milestone dialog's values for a stored milestone (dates exactly as stored). */
export function milestoneToFormValues(activity: Activity): MilestoneFormValues {
  return {
    title: activity.title,
    kind: activity.kind,
    plannedOn: toPartialDateInput(activity.plannedOn, "day"),
    plannedEndOn: activity.plannedEndOn ?? "",
    actualOn: toPartialDateInput(activity.actualOn, "day"),
    city: activity.city ?? "",
    countryCode: activity.countryCode ?? "",
    status: activity.status,
    notes: activity.notes ?? "",
    meetingId: activity.meetingId ? String(activity.meetingId) : "",
  };
}
