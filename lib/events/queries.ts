/**
 * Events and editions: server-only reads, each taking the current user and asking the permission
 * table first (ForbiddenError when refused).
 */
import "server-only";
import { countryNameColumns } from "@/lib/countries/name-columns";
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { countries, eventEditions, events, meetings } from "@/db/schema";
import { fetchAuditHistory, fetchStampNames } from "@/lib/audit/history";
import { assertCan, can } from "@/lib/auth/permissions";
import { recordAbilities } from "@/lib/auth/abilities";
import type { SessionUser } from "@/lib/auth/session";

/**
 * Every event on record (not archived), the most recent edition first, with its number of
 * editions and the dates and city of its latest one.
 * @throws ForbiddenError when the user may not read events
 */
export function fetchEvents(user: SessionUser) {
  assertCan(user.role, "read", "event");
  const latest = (column: string) =>
    sql<string | null>`(select ${sql.raw(column)} from event_editions ee where ee.event_id = "events"."id" and ee.archived_at is null order by ee.starts_on desc limit 1)`;
  return getDb()
    .select({
      id: events.id,
      nameAr: events.nameAr,
      nameFr: events.nameFr,
      nameEn: events.nameEn,
      acronym: events.acronym,
      kind: events.kind,
      editionCount: sql<number>`(select count(*) from event_editions ee where ee.event_id = "events"."id" and ee.archived_at is null)`,
      latestStartsOn: latest("ee.starts_on").as("latest_starts_on"),
      latestEndsOn: latest("ee.ends_on"),
      latestCity: latest("ee.city"),
    })
    .from(events)
    .where(isNull(events.archivedAt))
    .orderBy(sql`latest_starts_on is null`, desc(sql`latest_starts_on`), asc(events.id))
    .all();
}

export type EventListRow = ReturnType<typeof fetchEvents>[number];

/**
 * One event with its editions (newest first), each with the meetings held at it (and their
 * counterparts), and the event's history. Archived only with `allowArchived`; null when missing.
 * @throws ForbiddenError when the user may not read events
 */
export function fetchEvent(user: SessionUser, id: number, options: { allowArchived?: boolean } = {}) {
  assertCan(user.role, "read", "event");
  const db = getDb();
  const event = db.select().from(events).where(eq(events.id, id)).get();
  if (!event || (event.archivedAt && !(options.allowArchived && can(user.role, "restore", "event")))) return null;
  const editions = db
    .select({ edition: eventEditions, countryNameAr: countries.nameAr, countryNameFr: countries.nameFr, countryNameEn: countries.nameEn })
    .from(eventEditions)
    .leftJoin(countries, eq(countries.code, eventEditions.countryCode))
    .where(and(eq(eventEditions.eventId, id), isNull(eventEditions.archivedAt)))
    .orderBy(desc(eventEditions.startsOn), desc(eventEditions.id))
    .all();
  const editionIds = editions.map((e) => e.edition.id);
  const editionMeetings =
    editionIds.length && can(user.role, "read", "meeting")
      ? db
          .select({
            id: meetings.id,
            editionId: meetings.eventEditionId,
            startsOn: meetings.startsOn,
            endsOn: meetings.endsOn,
            kind: meetings.kind,
            countryCode: meetings.countryCode,
            ...countryNameColumns,
            counterparts: sql<string | null>`(select group_concat(p.name, ' · ') from meeting_counterparts mc join people p on p.id = mc.person_id where mc.meeting_id = "meetings"."id")`,
          })
          .from(meetings)
          .leftJoin(countries, eq(countries.code, meetings.countryCode))
          .where(and(inArray(meetings.eventEditionId, editionIds), isNull(meetings.archivedAt)))
          .orderBy(asc(meetings.startsOn), asc(meetings.id))
          .all()
      : [];
  return {
    abilities: recordAbilities(user, "event", event.archivedAt !== null),
    event,
    editions: editions.map((e) => ({ ...e, meetings: editionMeetings.filter((m) => m.editionId === e.edition.id) })),
    ...fetchAuditHistory("event", id),
    ...fetchStampNames(event.createdBy, event.updatedBy),
  };
}
