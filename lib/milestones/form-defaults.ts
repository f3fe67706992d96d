/**
 * A new milestone's form values, apart from lib/milestones/schema.ts so that the form's first load
 * does not bring zod (its schema is loaded on first validation: components/forms/lazy-zod-resolver.ts).
 */
import type { MilestoneFormValues } from "./schema";

/** An empty milestone: a planned workshop, dates to the day, nothing else filled. */
export function emptyMilestoneForm(): MilestoneFormValues {
  return {
    title: "",
    kind: "workshop",
    plannedOn: { precision: "day", value: "" },
    plannedEndOn: "",
    actualOn: { precision: "day", value: "" },
    city: "",
    countryCode: "",
    status: "planned",
    notes: "",
    meetingId: "",
  };
}
