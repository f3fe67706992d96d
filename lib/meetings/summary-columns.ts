/**
 * A meeting as other reads list it (a country's profile, the publication, the export, the list),
 * defined once: spread into a drizzle `.select({ ... })` beside the read's own columns.
 */
import "server-only";
import { meetings } from "@/db/schema";

/** `{ id, startsOn, endsOn, kind, city, topics }`: when, what kind and where (dates partial ISO). */
export const meetingSummaryColumns = {
  id: meetings.id,
  startsOn: meetings.startsOn,
  endsOn: meetings.endsOn,
  kind: meetings.kind,
  city: meetings.city,
  topics: meetings.topics,
};
