/**
 * Keeps `meetings.search_text` in step with a meeting's own text and its counterparts.
 * Called by every write of a meeting (the write path and the seed loader), inside their transaction.
 */
import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { countries, meetingCounterparts, meetings, people } from "@/db/schema";
import { buildSearchText } from "@/lib/text/normalize-arabic";

/** What a meeting's search text is made of (see meetingSearchText). */
export interface MeetingSearchParts {
  counterparts: ReadonlyArray<{ name: string | null; nameTransliterated: string | null; title: string | null }>;
  topics: string | null;
  outcome: string | null;
  city: string | null;
  venue: string | null;
  countryAr: string | null;
  countryFr: string | null;
  countryEn: string | null;
}

/**
 * The normalised search text of a meeting from its parts: counterparts' names (both scripts) and
 * titles at the meeting, topics, outcome, city, venue and the country's names in ar/fr/en.
 * Pure: the write path (refreshMeetingSearchText) and the life-size generator both use it.
 */
export function meetingSearchText(parts: MeetingSearchParts): string {
  return buildSearchText([
    ...parts.counterparts.flatMap((c) => [c.name, c.nameTransliterated, c.title]),
    parts.topics,
    parts.outcome,
    parts.city,
    parts.venue,
    parts.countryAr,
    parts.countryFr,
    parts.countryEn,
  ]);
}

/**
 * Recomputes the normalised search text of one meeting: counterparts' names (both scripts),
 * their titles at the meeting, topics, outcome, city, venue and the country's names in ar/fr/en.
 * @param db a database or transaction handle
 * @param meetingId the meeting's id; a missing meeting is a no-op
 */
export function refreshMeetingSearchText(db: Db | Tx, meetingId: number): void {
  const meeting = db
    .select({
      topics: meetings.topics,
      outcome: meetings.outcome,
      city: meetings.city,
      venue: meetings.venue,
      countryAr: countries.nameAr,
      countryFr: countries.nameFr,
      countryEn: countries.nameEn,
    })
    .from(meetings)
    .leftJoin(countries, eq(countries.code, meetings.countryCode))
    .where(eq(meetings.id, meetingId))
    .get();
  if (!meeting) return;
  const counterparts = db
    .select({
      name: people.name,
      nameTransliterated: people.nameTransliterated,
      title: meetingCounterparts.titleAtMeeting,
    })
    .from(meetingCounterparts)
    .innerJoin(people, eq(people.id, meetingCounterparts.personId))
    .where(eq(meetingCounterparts.meetingId, meetingId))
    .all();
  const searchText = meetingSearchText({ ...meeting, counterparts });
  db.update(meetings).set({ searchText }).where(eq(meetings.id, meetingId)).run();
}
