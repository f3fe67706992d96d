/**
 * Meetings: server-only reads. Each takes the current user and asks the permission table first
 * (ForbiddenError when refused); archived meetings are left out of lists.
 */
import "server-only";
import { eventNameColumns } from "@/lib/events/name-columns";
import { fetchAuditHistory, fetchStampNames } from "@/lib/audit/history";
import { meetingSummaryColumns } from "./summary-columns";
import { countryNameColumns } from "@/lib/countries/name-columns";
import { fetchFollowUpOwnerChoices } from "@/lib/follow-ups/queries";
import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  activities,
  countries,
  eventEditions,
  events,
  followUpActions,
  meetingCounterparts,
  meetings,
  organisations,
  people,
} from "@/db/schema";
import { assertCan } from "@/lib/auth/permissions";
import { recordAbilities } from "@/lib/auth/abilities";
import type { SessionUser } from "@/lib/auth/session";
import type { MeetingFilters } from "./schema";
import { cachedRead, readBetweenWrites } from "@/lib/cache/read-cache";
import { fetchAllCountries } from "@/lib/countries/reference";
import { groupWithout, inChunks } from "@/lib/read/chunks";
import { pageIds } from "@/lib/lists/page-ids";
import { organisationNamesAsColumns } from "@/lib/organisations/name-columns";
import type { SelectedFields } from "drizzle-orm/sqlite-core";
import { countSearchMatches, matchesSearch } from "@/lib/text/like-pattern";

export const MEETINGS_PAGE_SIZE = 20;

/**
 * A search counts its matches up to this many and pages through them (50 pages): beyond, the list
 * says there are more and asks for a narrower search (an honest cap instead of a deep scan).
 */
export const MEETINGS_SEARCH_CAP = 1000;

/**
 * SQL condition: the partial-date span [start, end ?? start] overlaps the day range [from, to].
 * A partial date P (YYYY, YYYY-MM or YYYY-MM-DD) covers every day that starts with P.
 * - `start <= to` is exact: P <= the same-length prefix of `to` exactly when P <= `to` in string
 *   order, and it is a range the start-date index serves.
 * - the end must reach `from` at its own precision (`from`'s same-length prefix <= end); since that
 *   implies end >= `from`'s year, the range `start >= year or ends_on >= year` (each served by an
 *   index) narrows the rows first.
 */
function overlapsDayRange(from: string | undefined, to: string | undefined): SQL | undefined {
  const parts: SQL[] = [];
  const end = sql`coalesce(${meetings.endsOn}, ${meetings.startsOn})`;
  if (from) {
    const year = from.slice(0, 4);
    parts.push(sql`(${meetings.startsOn} >= ${year} or ${meetings.endsOn} >= ${year})`);
    parts.push(sql`substr(${from}, 1, length(${end})) <= ${end}`);
  }
  if (to) parts.push(sql`${meetings.startsOn} <= ${to}`);
  return parts.length ? and(...parts) : undefined;
}

function filterConditions(filters: MeetingFilters): SQL | undefined {
  const conditions: (SQL | undefined)[] = [isNull(meetings.archivedAt)];
  conditions.push(matchesSearch(meetings.searchText, filters.q));
  if (filters.country) conditions.push(eq(meetings.countryCode, filters.country));
  if (filters.kind) conditions.push(eq(meetings.kind, filters.kind));
  if (filters.validated) conditions.push(eq(meetings.validationStatus, "validated"));
  if (filters.event) {
    conditions.push(
      inArray(
        meetings.eventEditionId,
        getDb().select({ id: eventEditions.id }).from(eventEditions).where(eq(eventEditions.eventId, filters.event)),
      ),
    );
  }
  conditions.push(overlapsDayRange(filters.from, filters.to));
  const meetingId = sql.raw(`"meetings"."id"`);
  if (filters.person) {
    conditions.push(sql`exists (select 1 from meeting_counterparts mc where mc.meeting_id = ${meetingId} and mc.person_id = ${filters.person})`);
  }
  if (filters.organisation) {
    conditions.push(sql`exists (select 1 from meeting_counterparts mc where mc.meeting_id = ${meetingId} and mc.organisation_id = ${filters.organisation})`);
  }
  return and(...conditions);
}

export type MeetingListRow = Awaited<ReturnType<typeof fetchMeetingsPage>>["rows"][number];

/**
 * One page of meetings, newest first (by start date, then most recently recorded).
 * @returns `{ rows, total, capped, page, pageCount }`; rows carry their counterparts with titles then.
 * @throws ForbiddenError when the user may not read meetings
 */
export const fetchMeetingsPage = readBetweenWrites("meetings.list", (user: SessionUser, filters: MeetingFilters) => {
  assertCan(user.role, "read", "meeting");
  const db = getDb();
  const where = filterConditions(filters);
  const { page: requested, ...filterKey } = filters;
  // The total is counted once per filter until the next write, not on every request; a search
  // stops counting past MEETINGS_SEARCH_CAP.
  const counted = cachedRead(`meetings.total:${JSON.stringify(filterKey)}`, () =>
    filters.q
      ? (countSearchMatches(meetings, filters.q, where, MEETINGS_SEARCH_CAP + 1) ??
        db.select({ n: count() }).from(db.select({ one: sql`1` }).from(meetings).where(where).limit(MEETINGS_SEARCH_CAP + 1).as("capped")).get()?.n ??
        0)
      : Object.values(filterKey).every((value) => !value)
        ? // Unfiltered, the live meetings are counted in their partial index: SQLite's planner reads
          // the whole table for this count (27 ms at 100,000 meetings, paid after every write).
          (db.get<{ n: number }>(sql`select count(*) as n from ${meetings} indexed by meetings_live_starts_on_idx where ${meetings.archivedAt} is null`)?.n ?? 0)
        : (db.select({ n: count() }).from(meetings).where(where).get()?.n ?? 0),
  );
  // Only a search stops counting (its total is then "more than the cap"); a list filtered or not
  // counts and pages through every meeting, its deep pages along the starts_on index.
  const capped = Boolean(filters.q) && counted > MEETINGS_SEARCH_CAP;
  const total = capped ? MEETINGS_SEARCH_CAP : counted;
  const pageCount = Math.max(1, Math.ceil(total / MEETINGS_PAGE_SIZE));
  const page = Math.min(requested, pageCount);
  // Deferred join: the page's ids are found on the meetings table alone (a covering index scan when
  // unfiltered), so a deep page skips index entries, not joined rows.
  const ids = pageIds(meetings, meetings.id, where, [desc(meetings.startsOn), desc(meetings.id)], page, MEETINGS_PAGE_SIZE);
  const rows = ids.length === 0 ? [] : db
    .select({
      ...meetingSummaryColumns,
      countryCode: meetings.countryCode,
      ...countryNameColumns,
      ...eventNameColumns,
      validationStatus: meetings.validationStatus,
    })
    .from(meetings)
    .leftJoin(countries, eq(countries.code, meetings.countryCode))
    .leftJoin(eventEditions, eq(eventEditions.id, meetings.eventEditionId))
    .leftJoin(events, eq(events.id, eventEditions.eventId))
    .where(inArray(meetings.id, ids))
    .orderBy(desc(meetings.startsOn), desc(meetings.id))
    .all();
  const counterparts = fetchCounterpartsOf(rows.map((r) => r.id));
  return {
    rows: rows.map((row) => ({ ...row, counterparts: counterparts.get(row.id) ?? [] })),
    total,
    /** True when a search has more than MEETINGS_SEARCH_CAP matches (`total` is then the cap). */
    capped,
    page,
    pageCount,
  };
});

const counterpartColumns = {
  meetingId: meetingCounterparts.meetingId,
  personId: people.id,
  name: people.name,
  nameTransliterated: people.nameTransliterated,
  titleAtMeeting: meetingCounterparts.titleAtMeeting,
};

/** The counterpart rows of `meetingIds` with `extra` columns (of the counterpart's organisation, left-joined). */
function readCounterparts<Extra extends SelectedFields>(meetingIds: readonly number[], extra: Extra) {
  return inChunks(meetingIds, (chunk) =>
    getDb()
      .select({ ...counterpartColumns, ...extra })
      .from(meetingCounterparts)
      .innerJoin(people, eq(people.id, meetingCounterparts.personId))
      .leftJoin(organisations, eq(organisations.id, meetingCounterparts.organisationId))
      .where(inArray(meetingCounterparts.meetingId, chunk))
      .orderBy(asc(meetingCounterparts.position), asc(meetingCounterparts.id))
      .all(),
  );
}

/**
 * Counterparts of several meetings at once, in their recorded order, by meeting id. Reads 500 ids
 * at a time, so that any number of meetings stays within SQLite's limit on SQL variables.
 * @returns Map meetingId → `{ personId, name, nameTransliterated, titleAtMeeting }[]`
 */
export function fetchCounterpartsOf(meetingIds: readonly number[]) {
  return groupWithout(readCounterparts(meetingIds, {}), "meetingId");
}

/**
 * As fetchCounterpartsOf, with the organisation each counterpart stood for at the meeting
 * (`organisationNameAr/Fr/En`, `organisationAcronym`, null when none was recorded).
 */
export function fetchCounterpartsWithOrganisationsOf(meetingIds: readonly number[]) {
  return groupWithout(readCounterparts(meetingIds, organisationNamesAsColumns), "meetingId");
}

/**
 * One meeting with its counterparts, follow-up actions, event, and history (audit entries with
 * the names of who did what). Null when it does not exist or is archived.
 * @throws ForbiddenError when the user may not read meetings
 */
export const fetchMeeting = readBetweenWrites("meetings.one", (user: SessionUser, id: number) => {
  assertCan(user.role, "read", "meeting");
  const db = getDb();
  const meeting = db
    .select({
      meeting: meetings,
      ...countryNameColumns,
      edition: eventEditions,
      ...eventNameColumns,
    })
    .from(meetings)
    .leftJoin(countries, eq(countries.code, meetings.countryCode))
    .leftJoin(eventEditions, eq(eventEditions.id, meetings.eventEditionId))
    .leftJoin(events, eq(events.id, eventEditions.eventId))
    .where(and(eq(meetings.id, id), isNull(meetings.archivedAt)))
    .get();
  if (!meeting) return null;
  const counterparts = fetchCounterpartsOf([id]).get(id) ?? [];
  const followUps = db
    .select()
    .from(followUpActions)
    .where(eq(followUpActions.meetingId, id))
    .orderBy(asc(followUpActions.position), asc(followUpActions.id))
    .all();
  return {
    abilities: recordAbilities(user, "meeting", meeting.meeting.archivedAt !== null),
    ...meeting,
    ...fetchStampNames(meeting.meeting.createdBy, meeting.meeting.updatedBy),
    counterparts,
    followUps,
    ...fetchAuditHistory("meeting", id),
  };
});

/**
 * Choices for the meeting form: the people already chosen (`personIds`, an edit form's
 * counterparts, with their latest title; every other person is found by the picker as the user
 * types, lib/choices), event editions, countries.
 * @throws ForbiddenError when the user may not read meetings
 */
export function fetchMeetingFormOptions(user: SessionUser, personIds: readonly number[] = []) {
  assertCan(user.role, "read", "meeting");
  const db = getDb();
  const peopleRows = personIds.length === 0 ? [] : db
    .select({
      id: people.id,
      name: people.name,
      nameTransliterated: people.nameTransliterated,
      // Column names are spelled out: inside a correlated subquery drizzle would render them bare.
      latestTitle: sql<string | null>`(select mc.title_at_meeting from meeting_counterparts mc
        join meetings m on m.id = mc.meeting_id
        where mc.person_id = "people"."id" and mc.title_at_meeting is not null
        order by m.starts_on desc limit 1)`,
    })
    .from(people)
    .where(inArray(people.id, [...personIds]))
    .orderBy(asc(people.name))
    .all();
  const editions = db
    .select({
      id: eventEditions.id,
      number: eventEditions.number,
      startsOn: eventEditions.startsOn,
      city: eventEditions.city,
      eventId: events.id,
      nameAr: events.nameAr,
      nameFr: events.nameFr,
      nameEn: events.nameEn,
    })
    .from(eventEditions)
    .innerJoin(events, eq(events.id, eventEditions.eventId))
    .where(isNull(eventEditions.archivedAt))
    .orderBy(desc(eventEditions.startsOn))
    .all();
  return { people: peopleRows, editions, countries: fetchAllCountries(), owners: fetchFollowUpOwnerChoices(user) };
}

/** Events that have at least one edition, for the list's event filter. */
export function fetchEventsForFilter(user: SessionUser) {
  assertCan(user.role, "read", "meeting");
  return getDb()
    .select({ id: events.id, nameAr: events.nameAr, nameFr: events.nameFr, nameEn: events.nameEn })
    .from(events)
    .where(isNull(events.archivedAt))
    .orderBy(asc(events.id))
    .all();
}

/**
 * Meetings linked to a project's milestones (a steering-committee session recorded as a meeting),
 * by start date. The caller checks that the user may read meetings and the project.
 */
export function fetchMeetingsLinkedToProject(projectId: number) {
  return getDb()
    .selectDistinct({
      id: meetings.id,
      startsOn: meetings.startsOn,
      endsOn: meetings.endsOn,
      kind: meetings.kind,
      city: meetings.city,
      firstCounterpart: sql<string | null>`(select p.name from meeting_counterparts mc join people p on p.id = mc.person_id
        where mc.meeting_id = "meetings"."id" order by mc.position limit 1)`,
    })
    .from(activities)
    .innerJoin(meetings, eq(meetings.id, activities.meetingId))
    .where(and(eq(activities.projectId, projectId), isNull(activities.archivedAt), isNull(meetings.archivedAt)))
    .orderBy(asc(meetings.startsOn))
    .all();
}

/**
 * The WHERE of the meetings list for `filters` (what fetchMeetingsPage pages through, without its
 * search cap), for a reader that walks the whole selection by keyset (lib/exports).
 * @throws ForbiddenError when the user may not read meetings
 */
export function meetingsListWhere(user: SessionUser, filters: MeetingFilters): SQL | undefined {
  assertCan(user.role, "read", "meeting");
  return filterConditions(filters);
}
