/**
 * Country profiles: everything on record that concerns one country, newest first. Server-only;
 * each read takes the current user and asks the permission table (the profile needs "read
 * country"; each list is left empty when the user may not read its kind of record).
 */
import "server-only";
import { eventNameColumns } from "@/lib/events/name-columns";
import { meetingSummaryColumns } from "@/lib/meetings/summary-columns";
import { and, count, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agreements, countries, eventEditions, events, meetings, organisations, people, projectPartners, projects } from "@/db/schema";
import { countAgreementsWhere, fetchAgreementsWhere } from "@/lib/agreements/queries";
import { cachedRead } from "@/lib/cache/read-cache";
import { assertCan, can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { SECTION_LIMIT } from "@/lib/lists/sections";
import { countOrganisationsOfCountry, fetchOrganisationsOfCountry } from "@/lib/organisations/queries";
import { countPeopleWhere, fetchPeopleWhere } from "@/lib/people/queries";
import { fetchCounterpartsOf } from "@/lib/meetings/queries";
import { fetchPartnersOf } from "@/lib/projects/partners";
import { projectBudgetColumns, projectPeriodColumns } from "@/lib/projects/summary-columns";

/** The department's own country: bilateral event series alternate between it and the partner. */
const HOME_COUNTRY = "MA";

/** A country by ISO 3166-1 alpha-2 code (uppercase), or null. */
export function fetchCountry(code: string) {
  return getDb().select().from(countries).where(eq(countries.code, code)).get() ?? null;
}

const liveMeetingOf = (code: string) => and(eq(meetings.countryCode, code), isNull(meetings.archivedAt));

/** How many live meetings a country's counterparts attended. */
function countCountryMeetings(code: string): number {
  return getDb().select({ n: count() }).from(meetings).where(liveMeetingOf(code)).get()?.n ?? 0;
}

/** The latest SECTION_LIMIT meetings with a country's counterparts, each with its counterparts and event. */
function fetchCountryMeetings(code: string) {
  const db = getDb();
  const rows = db
    .select({
      ...meetingSummaryColumns,
      outcome: meetings.outcome,
      validationStatus: meetings.validationStatus,
      ...eventNameColumns,
    })
    .from(meetings)
    .leftJoin(eventEditions, eq(eventEditions.id, meetings.eventEditionId))
    .leftJoin(events, eq(events.id, eventEditions.eventId))
    .where(liveMeetingOf(code))
    .orderBy(desc(meetings.startsOn), desc(meetings.id))
    .limit(SECTION_LIMIT)
    .all();
  const counterparts = fetchCounterpartsOf(rows.map((r) => r.id));
  return rows.map((row) => ({ ...row, counterparts: counterparts.get(row.id) ?? [] }));
}

/** Projects of a country: its partner country, or a partner organisation of that country. */
function countryProjectCondition(code: string) {
  const withPartnerFromCountry = getDb()
    .select({ id: projectPartners.projectId })
    .from(projectPartners)
    .innerJoin(organisations, eq(organisations.id, projectPartners.organisationId))
    .where(eq(organisations.countryCode, code));
  return and(isNull(projects.archivedAt), or(eq(projects.partnerCountryCode, code), inArray(projects.id, withPartnerFromCountry)));
}

/**
 * Projects with the country as partner country, or with a partner organisation of that country;
 * newest first (actual, else planned start), with the country's organisations and their roles.
 */
function fetchCountryProjects(code: string) {
  const db = getDb();
  const rows = db
    .select({
      ...projectPeriodColumns,
      ...projectBudgetColumns,
      validationStatus: projects.validationStatus,
    })
    .from(projects)
    .where(countryProjectCondition(code))
    .orderBy(sql`coalesce(${projects.actualStart}, ${projects.plannedStart}) is null`, desc(sql`coalesce(${projects.actualStart}, ${projects.plannedStart})`), desc(projects.id))
    .limit(SECTION_LIMIT)
    .all();
  const partners = fetchPartnersOf(rows.map((r) => r.id));
  return rows.map((row) => ({ ...row, partners: partners.get(row.id) ?? [] }));
}

/**
 * Event editions that concern a country, newest first: those hosted there, those where a meeting
 * with the country's counterparts took place, and every edition of a bilateral series (an event
 * whose editions are hosted only in the country and in Morocco, such as the Moroccan-Spanish forum,
 * 1st edition Madrid, 2nd Rabat).
 */
function fetchCountryEditions(code: string) {
  const db = getDb();
  const bilateralSeries = sql`(select ee.event_id from event_editions ee where ee.archived_at is null group by ee.event_id
    having sum(ee.country_code = ${code}) > 0 and sum(coalesce(ee.country_code, '') not in (${code}, ${HOME_COUNTRY})) = 0)`;
  const withMeeting = sql`(select m.event_edition_id from meetings m where m.country_code = ${code} and m.archived_at is null and m.event_edition_id is not null)`;
  return db
    .select({
      id: eventEditions.id,
      eventId: events.id,
      number: eventEditions.number,
      startsOn: eventEditions.startsOn,
      endsOn: eventEditions.endsOn,
      city: eventEditions.city,
      theme: eventEditions.theme,
      countryCode: eventEditions.countryCode,
      ...eventNameColumns,
      meetingCount: sql<number>`(select count(*) from meetings m where m.event_edition_id = "event_editions"."id" and m.country_code = ${code} and m.archived_at is null)`,
    })
    .from(eventEditions)
    .innerJoin(events, eq(events.id, eventEditions.eventId))
    .where(
      and(
        isNull(eventEditions.archivedAt),
        isNull(events.archivedAt),
        sql`(${eventEditions.countryCode} = ${code} or ${eventEditions.id} in ${withMeeting} or ${eventEditions.eventId} in ${bilateralSeries})`,
      ),
    )
    .orderBy(desc(eventEditions.startsOn), desc(eventEditions.id))
    .all();
}

/**
 * Everything that concerns a country: meetings, projects, agreements, partners (organisations of
 * the country and its people) and event editions, each list newest first. Meetings, projects,
 * agreements, organisations and people are capped at SECTION_LIMIT rows; `totals` counts them all.
 * @returns null when the code is not a known country
 * @throws ForbiddenError when the user may not read country profiles
 */
export function fetchCountryProfile(user: SessionUser, code: string) {
  assertCan(user.role, "read", "country");
  // Ten sections over the whole database (the people's latest meetings alone are ~70 ms at
  // 100,000 meetings): read once per user and country until the next write.
  return cachedRead(`countries.profile:${user.role}:${user.id}:${code}`, () => readCountryProfile(user, code));
}

function readCountryProfile(user: SessionUser, code: string) {
  const country = fetchCountry(code);
  if (!country) return null;
  const agreementRows = can(user.role, "read", "agreement") ? fetchAgreementsWhere(user, { countryCode: code }) : [];
  const organisationRows = can(user.role, "read", "organisation") ? fetchOrganisationsOfCountry(user, code) : [];
  const personRows = can(user.role, "read", "person") ? fetchPeopleWhere(user, { countryCode: code }) : [];
  const db = getDb();
  const notValidated = (rows: { id: number; status: string }[]) => new Set(rows.filter((r) => r.status !== "validated").map((r) => r.id));
  const agreementIds = agreementRows.map((r) => r.id);
  const organisationIds = organisationRows.map((r) => r.id);
  const personIds = personRows.map((r) => r.id);
  const readsMeetings = can(user.role, "read", "meeting");
  const readsProjects = can(user.role, "read", "project");
  return {
    country,
    /** How many rows each capped section has in all (0 for what the user may not read). */
    totals: {
      meetings: readsMeetings ? countCountryMeetings(code) : 0,
      projects: readsProjects ? (getDb().select({ n: count() }).from(projects).where(countryProjectCondition(code)).get()?.n ?? 0) : 0,
      agreements: agreementRows.length ? countAgreementsWhere(user, { countryCode: code }) : 0,
      organisations: organisationRows.length ? countOrganisationsOfCountry(user, code) : 0,
      people: personRows.length ? countPeopleWhere(user, { countryCode: code }) : 0,
    },
    meetings: readsMeetings ? fetchCountryMeetings(code) : [],
    projects: readsProjects ? fetchCountryProjects(code) : [],
    agreements: agreementRows,
    organisations: organisationRows,
    people: personRows,
    editions: can(user.role, "read", "event") ? fetchCountryEditions(code) : [],
    /**
     * Ids of the listed agreements, organisations and people whose validation status is not
     * "validated" (new, edited or sent back): the briefing marks them so nobody quotes them as settled.
     */
    notValidated: {
      agreements: agreementIds.length
        ? notValidated(db.select({ id: agreements.id, status: agreements.validationStatus }).from(agreements).where(inArray(agreements.id, agreementIds)).all())
        : new Set<number>(),
      organisations: organisationIds.length
        ? notValidated(db.select({ id: organisations.id, status: organisations.validationStatus }).from(organisations).where(inArray(organisations.id, organisationIds)).all())
        : new Set<number>(),
      people: personIds.length
        ? notValidated(db.select({ id: people.id, status: people.validationStatus }).from(people).where(inArray(people.id, personIds)).all())
        : new Set<number>(),
    },
  };
}

export type CountryProfile = NonNullable<ReturnType<typeof readCountryProfile>>;


