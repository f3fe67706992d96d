/**
 * An event's name in the three languages, as other rooms' reads join it (a meeting's event, a
 * country's editions): spread into a drizzle `.select({ ... })` after `.leftJoin(events, …)`.
 */
import "server-only";
import { events } from "@/db/schema";

/** `{ eventNameAr, eventNameFr, eventNameEn }`: the joined event's names (null without one). */
export const eventNameColumns = {
  eventNameAr: events.nameAr,
  eventNameFr: events.nameFr,
  eventNameEn: events.nameEn,
};
