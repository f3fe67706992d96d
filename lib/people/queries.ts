/**
 * The people directory: server-only reads. Each takes the current user and asks the permission
 * table first (ForbiddenError when refused). Records merged into another or archived are left out
 * of lists.
 */
import "server-only";
import { eventNameColumns } from "@/lib/events/name-columns";
import { organisationNamesAsColumns } from "@/lib/organisations/name-columns";
import { countryNameColumns } from "@/lib/countries/name-columns";
import { directoryConditions, withheldArchive } from "@/lib/lists/directory";
import { pageIds } from "@/lib/lists/page-ids";
import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { countries, eventEditions, events, meetingCounterparts, meetings, organisations, people, positions } from "@/db/schema";
import { fetchAuditHistory, fetchStampNames } from "@/lib/audit/history";
import { assertCan, can } from "@/lib/auth/permissions";
import { recordAbilities } from "@/lib/auth/abilities";
import type { SessionUser } from "@/lib/auth/session";
import { fetchAllCountries } from "@/lib/countries/reference";
import type { PeopleFilters } from "./schema";
import { SECTION_LIMIT } from "@/lib/lists/sections";
import { cachedRead, readBetweenWrites } from "@/lib/cache/read-cache";

export const PEOPLE_PAGE_SIZE = 25;

/** The person's latest title: from their last meeting, else their latest position. */
const latestTitle = sql<string | null>`coalesce(
  (select mc.title_at_meeting from meeting_counterparts mc join meetings m on m.id = mc.meeting_id
    where mc.person_id = "people"."id" and mc.title_at_meeting is not null and m.archived_at is null
    order by m.starts_on desc limit 1),
  (select p.title from positions p where p.person_id = "people"."id" and p.archived_at is null
    order by coalesce(p.starts_on, '') desc limit 1))`;

const meetingCount = sql<number>`(select count(distinct mc.meeting_id) from meeting_counterparts mc
  join meetings m on m.id = mc.meeting_id where mc.person_id = "people"."id" and m.archived_at is null)`;

const lastMeetingOn = sql<string | null>`(select max(m.starts_on) from meeting_counterparts mc
  join meetings m on m.id = mc.meeting_id where mc.person_id = "people"."id" and m.archived_at is null)`;

/**
 * One page of the directory, by name, with each person's latest title and number of meetings.
 * `archived=1` lists archived records (not those merged away) instead.
 * @throws ForbiddenError when the user may not read people
 */
export const fetchPeoplePage = readBetweenWrites("people.list", (user: SessionUser, filters: PeopleFilters) => {
  assertCan(user.role, "read", "person");
  const db = getDb();
  const where = peopleListWhere(user, filters);
  const { page: requested, ...filterKey } = filters;
  // Counted once per filter until the next write, not on every request.
  const total = cachedRead(`people.total:${JSON.stringify(filterKey)}`, () => db.select({ n: count() }).from(people).where(where).get()?.n ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE));
  const page = Math.min(requested, pageCount);
  // Deferred join: the page's ids are found on the name index alone, so a deep page skips index
  // entries; the latest title and the meeting count (correlated subqueries) are computed for the
  // page's 25 rows only, not for every row skipped by the OFFSET.
  const ids = pageIds(people, people.id, where, [asc(people.name), asc(people.id)], page, PEOPLE_PAGE_SIZE);
  const rows =
    ids.length === 0
      ? []
      : db
          .select({
            id: people.id,
            name: people.name,
            nameTransliterated: people.nameTransliterated,
            countryCode: people.countryCode,
            ...countryNameColumns,
            latestTitle,
            meetingCount,
          })
          .from(people)
          .leftJoin(countries, eq(countries.code, people.countryCode))
          .where(inArray(people.id, ids))
          .orderBy(asc(people.name), asc(people.id))
          .all();
  return { rows, total, page, pageCount };
});

/**
 * The WHERE of the directory for `filters` (merged records never; archived ones instead of the
 * others with `archived=1`), shared by the list and by lib/exports.
 * @throws ForbiddenError when the user may not read people
 */
export function peopleListWhere(user: SessionUser, filters: PeopleFilters): SQL | undefined {
  assertCan(user.role, "read", "person");
  const conditions = directoryConditions(people, filters);
  if (filters.country) conditions.push(eq(people.countryCode, filters.country));
  return and(...conditions);
}

export type PersonListRow = ReturnType<typeof fetchPeoplePage>["rows"][number];

/**
 * A person with their meetings over time (each with the title held at that meeting, oldest
 * first), their positions (with the organisation's names) and their history. A person merged into
 * another comes back with `mergedIntoId` set so that the page can send the reader on; archived
 * ones only with `allowArchived`. Null when missing.
 * @throws ForbiddenError when the user may not read people
 */
export const fetchPerson = readBetweenWrites("people.one", (user: SessionUser, personId: number, options: { allowArchived?: boolean } = {}) => {
  assertCan(user.role, "read", "person");
  const db = getDb();
  const row = db
    .select({ person: people, ...countryNameColumns })
    .from(people)
    .leftJoin(countries, eq(countries.code, people.countryCode))
    .where(eq(people.id, personId))
    .get();
  if (!row) return null;
  if (withheldArchive(row.person, user, "person", options.allowArchived)) return null;
  const personMeetings = db
    .select({
      id: meetings.id,
      startsOn: meetings.startsOn,
      endsOn: meetings.endsOn,
      kind: meetings.kind,
      countryCode: meetings.countryCode,
      titleAtMeeting: meetingCounterparts.titleAtMeeting,
      topics: meetings.topics,
      ...eventNameColumns,
    })
    .from(meetingCounterparts)
    .innerJoin(meetings, eq(meetings.id, meetingCounterparts.meetingId))
    .leftJoin(eventEditions, eq(eventEditions.id, meetings.eventEditionId))
    .leftJoin(events, eq(events.id, eventEditions.eventId))
    .where(and(eq(meetingCounterparts.personId, personId), isNull(meetings.archivedAt)))
    // The latest SECTION_LIMIT, shown oldest first.
    .orderBy(desc(meetings.startsOn), desc(meetings.id))
    .limit(SECTION_LIMIT)
    .all()
    .reverse();
  const meetingTotal =
    personMeetings.length < SECTION_LIMIT
      ? personMeetings.length
      : (db
          .select({ n: count() })
          .from(meetingCounterparts)
          .innerJoin(meetings, eq(meetings.id, meetingCounterparts.meetingId))
          .where(and(eq(meetingCounterparts.personId, personId), isNull(meetings.archivedAt)))
          .get()?.n ?? 0);
  const personPositions = db
    .select({
      position: positions,
      ...organisationNamesAsColumns,
      ...countryNameColumns,
    })
    .from(positions)
    .leftJoin(organisations, eq(organisations.id, positions.organisationId))
    .leftJoin(countries, eq(countries.code, positions.countryCode))
    .where(and(eq(positions.personId, personId), isNull(positions.archivedAt)))
    .orderBy(sql`${positions.startsOn} is null`, asc(positions.startsOn), asc(positions.id))
    .all();
  return {
    abilities: recordAbilities(user, "person", row.person.archivedAt !== null),
    ...row,
    /** The latest SECTION_LIMIT meetings, oldest first; `meetingTotal` counts them all. */
    meetings: personMeetings,
    meetingTotal,
    positions: personPositions,
    ...fetchAuditHistory("person", personId),
    ...fetchStampNames(row.person.createdBy, row.person.updatedBy),
  };
});

/**
 * Choices for the person and position forms: countries (organisations are found by the picker, lib/choices).
 * @throws ForbiddenError when the user may not read people
 */
export function fetchPersonFormOptions(user: SessionUser) {
  assertCan(user.role, "read", "person");
  return { countries: fetchAllCountries() };
}

/**
 * People of a country (or holding a position in an organisation), most recently met first, with
 * their latest title; at most SECTION_LIMIT (countPeopleWhere counts them all).
 * @throws ForbiddenError when the user may not read people
 */
export function fetchPeopleWhere(user: SessionUser, by: { countryCode?: string; organisationId?: number }) {
  assertCan(user.role, "read", "person");
  return getDb()
    .select({ id: people.id, name: people.name, nameTransliterated: people.nameTransliterated, latestTitle, meetingCount, lastMeetingOn })
    .from(people)
    .where(peopleWhere(by))
    .orderBy(desc(lastMeetingOn), asc(people.name))
    .limit(SECTION_LIMIT)
    .all();
}

function peopleWhere(by: { countryCode?: string; organisationId?: number }) {
  const condition = by.countryCode
    ? eq(people.countryCode, by.countryCode)
    : sql`("people"."id" in (select p.person_id from positions p where p.archived_at is null and p.organisation_id = ${by.organisationId ?? -1})
      or "people"."id" in (select mc.person_id from meeting_counterparts mc where mc.organisation_id = ${by.organisationId ?? -1}))`;
  return and(isNull(people.archivedAt), isNull(people.mergedIntoId), condition);
}

/**
 * How many people fetchPeopleWhere would list without its cap.
 * @throws ForbiddenError when the user may not read people
 */
export function countPeopleWhere(user: SessionUser, by: { countryCode?: string; organisationId?: number }): number {
  assertCan(user.role, "read", "person");
  return getDb().select({ n: count() }).from(people).where(peopleWhere(by)).get()?.n ?? 0;
}
