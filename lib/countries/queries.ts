/**
 * Country profiles: everything on record that concerns one country, newest first. Server-only;
 * each read takes the current user and asks the permission table (the profile needs "read
 * country"; each list is left empty when the user may not read its kind of record).
 */
import "server-only";
import { and, asc, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agreements, countries, eventEditions, events, meetingCounterparts, meetings, organisations, people, projectPartners, projects } from "@/db/schema";
import { fetchAgreementsWhere } from "@/lib/agreements/queries";
import { countryChoices } from "@/lib/countries/choices";
import { assertCan, can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import { fetchOrganisationsOfCountry } from "@/lib/organisations/queries";
import { fetchPeopleWhere } from "@/lib/people/queries";

/** The department's own country: bilateral event series alternate between it and the partner. */
const HOME_COUNTRY = "MA";

/** A country by ISO 3166-1 alpha-2 code (uppercase), or null. */
export function fetchCountry(code: string) {
  return getDb().select().from(countries).where(eq(countries.code, code)).get() ?? null;
}

/** Every country as a select option in the interface language, sorted by its name there. */
export function fetchCountryChoices(locale: Locale) {
  return countryChoices(getDb().select().from(countries).all(), locale);
}

/** Meetings with a country's counterparts, newest first, each with its counterparts and event. */
function fetchCountryMeetings(code: string) {
  const db = getDb();
  const rows = db
    .select({
      id: meetings.id,
      startsOn: meetings.startsOn,
      endsOn: meetings.endsOn,
      kind: meetings.kind,
      city: meetings.city,
      topics: meetings.topics,
      outcome: meetings.outcome,
      validationStatus: meetings.validationStatus,
      eventNameAr: events.nameAr,
      eventNameFr: events.nameFr,
      eventNameEn: events.nameEn,
    })
    .from(meetings)
    .leftJoin(eventEditions, eq(eventEditions.id, meetings.eventEditionId))
    .leftJoin(events, eq(events.id, eventEditions.eventId))
    .where(and(eq(meetings.countryCode, code), isNull(meetings.archivedAt)))
    .orderBy(desc(meetings.startsOn), desc(meetings.id))
    .all();
  const ids = rows.map((r) => r.id);
  const counterparts = ids.length
    ? db
        .select({ meetingId: meetingCounterparts.meetingId, personId: people.id, name: people.name, titleAtMeeting: meetingCounterparts.titleAtMeeting })
        .from(meetingCounterparts)
        .innerJoin(people, eq(people.id, meetingCounterparts.personId))
        .where(inArray(meetingCounterparts.meetingId, ids))
        .orderBy(asc(meetingCounterparts.position))
        .all()
    : [];
  return rows.map((row) => ({ ...row, counterparts: counterparts.filter((c) => c.meetingId === row.id) }));
}

/**
 * Projects with the country as partner country, or with a partner organisation of that country;
 * newest first (actual, else planned start), with the country's organisations and their roles.
 */
function fetchCountryProjects(code: string) {
  const db = getDb();
  const withPartnerFromCountry = db
    .select({ id: projectPartners.projectId })
    .from(projectPartners)
    .innerJoin(organisations, eq(organisations.id, projectPartners.organisationId))
    .where(eq(organisations.countryCode, code));
  const rows = db
    .select({
      id: projects.id,
      acronym: projects.acronym,
      titleAr: projects.titleAr,
      titleFr: projects.titleFr,
      titleEn: projects.titleEn,
      status: projects.status,
      plannedStart: projects.plannedStart,
      plannedEnd: projects.plannedEnd,
      actualStart: projects.actualStart,
      budgetHundredths: projects.budgetHundredths,
      budgetCurrency: projects.budgetCurrency,
      validationStatus: projects.validationStatus,
    })
    .from(projects)
    .where(and(isNull(projects.archivedAt), or(eq(projects.partnerCountryCode, code), inArray(projects.id, withPartnerFromCountry))))
    .orderBy(sql`coalesce(${projects.actualStart}, ${projects.plannedStart}) is null`, desc(sql`coalesce(${projects.actualStart}, ${projects.plannedStart})`), desc(projects.id))
    .all();
  const ids = rows.map((r) => r.id);
  const partners = ids.length
    ? db
        .select({
          projectId: projectPartners.projectId,
          organisationId: organisations.id,
          nameAr: organisations.nameAr,
          nameFr: organisations.nameFr,
          nameEn: organisations.nameEn,
          acronym: organisations.acronym,
          partnerRole: projectPartners.partnerRole,
        })
        .from(projectPartners)
        .innerJoin(organisations, eq(organisations.id, projectPartners.organisationId))
        .where(inArray(projectPartners.projectId, ids))
        .orderBy(asc(projectPartners.id))
        .all()
    : [];
  return rows.map((row) => ({ ...row, partners: partners.filter((p) => p.projectId === row.id) }));
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
      eventNameAr: events.nameAr,
      eventNameFr: events.nameFr,
      eventNameEn: events.nameEn,
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
 * the country and its people) and event editions, each list newest first.
 * @returns null when the code is not a known country
 * @throws ForbiddenError when the user may not read country profiles
 */
export function fetchCountryProfile(user: SessionUser, code: string) {
  assertCan(user.role, "read", "country");
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
  return {
    country,
    meetings: can(user.role, "read", "meeting") ? fetchCountryMeetings(code) : [],
    projects: can(user.role, "read", "project") ? fetchCountryProjects(code) : [],
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

export type CountryProfile = NonNullable<ReturnType<typeof fetchCountryProfile>>;

/** Every country with its names in ar/fr/en. */
export function fetchAllCountries() {
  return getDb().select().from(countries).orderBy(asc(countries.code)).all();
}

