/**
 * Server-only reads of what the department publishes: records a supervisor has validated AND
 * marked publishable (meetings, projects, agreements, event editions), in a period, filtered in
 * SQL. Nested rows follow their record (a project's partners, objectives, phases; its milestones
 * when validated themselves). Archived rows never appear.
 */
import "server-only";
import { eventNameColumns } from "@/lib/events/name-columns";
import { agreementSigningColumns, agreementSubjectColumns, agreementTitleColumns } from "@/lib/agreements/summary-columns";
import { meetingSummaryColumns } from "@/lib/meetings/summary-columns";
import { organisationNamesAsColumns } from "@/lib/organisations/name-columns";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  activities,
  agreements,
  agreementStatusChanges,
  countries,
  eventEditions,
  events,
  meetings,
  organisations,
  programmes,
  projectObjectives,
  projectPhaseRows,
  projects,
} from "@/db/schema";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { fetchCounterpartsWithOrganisationsOf } from "@/lib/meetings/queries";
import { fetchPartnersOf } from "@/lib/projects/partners";
import { projectBudgetColumns, projectPeriodColumns } from "@/lib/projects/summary-columns";
import { groupBy, inChunks } from "@/lib/read/chunks";
import { overlapsPeriod, spanMeetsPeriod, type PeriodBounds } from "./period";

/** Who may generate the publications: readers of every kind of record they hold. */
export function assertMayPublish(user: SessionUser): void {
  for (const resource of ["meeting", "project", "agreement", "event"] as const) assertCan(user.role, "read", resource);
}

/**
 * The most records (meetings, projects, agreements and event editions together) one cooperation
 * page holds. A year of what the department publishes is a few dozen; a period holding more is too
 * wide to be one page, and building it would hold the whole list in memory.
 */
export const MAX_PAGE_RECORDS = 1000;

/** The chosen period holds more published records than one page takes (see MAX_PAGE_RECORDS). */
export class PublicationTooLargeError extends Error {
  constructor(
    readonly count: number,
    readonly max: number,
  ) {
    super(`The period holds ${count} published records; a page takes at most ${max}.`);
    this.name = "PublicationTooLargeError";
  }
}

const publishedAnd = <T extends { publishable: unknown; validationStatus: unknown; archivedAt: unknown }>(table: T) =>
  and(eq(table.publishable as never, true), eq(table.validationStatus as never, "validated"), isNull(table.archivedAt as never));

function fetchEditions(period: PeriodBounds) {
  return getDb()
    .select({
      id: eventEditions.id,
      eventId: events.id,
      ...eventNameColumns,
      eventAcronym: events.acronym,
      eventKind: events.kind,
      number: eventEditions.number,
      startsOn: eventEditions.startsOn,
      endsOn: eventEditions.endsOn,
      city: eventEditions.city,
      countryCode: eventEditions.countryCode,
      venue: eventEditions.venue,
      theme: eventEditions.theme,
    })
    .from(eventEditions)
    .innerJoin(events, eq(events.id, eventEditions.eventId))
    .where(and(publishedAnd(eventEditions), isNull(events.archivedAt), overlapsPeriod(eventEditions.startsOn, eventEditions.endsOn, period)))
    .orderBy(sql`${eventEditions.startsOn} is null`, asc(eventEditions.startsOn), asc(eventEditions.id))
    .all();
}

function fetchMeetings(period: PeriodBounds) {
  const db = getDb();
  const rows = db
    .select({
      ...meetingSummaryColumns,
      countryCode: meetings.countryCode,
      venue: meetings.venue,
      eventEditionId: meetings.eventEditionId,
      outcome: meetings.outcome,
    })
    .from(meetings)
    .where(and(publishedAnd(meetings), overlapsPeriod(meetings.startsOn, meetings.endsOn, period)))
    .orderBy(asc(meetings.startsOn), asc(meetings.id))
    .all();
  const counterparts = fetchCounterpartsWithOrganisationsOf(rows.map((r) => r.id));
  return rows.map((row) => ({ ...row, counterparts: counterparts.get(row.id) ?? [] }));
}

/**
 * SQL: a project meets the period when its period (actual, else planned, start to end) does; a
 * project that states no period meets it through a milestone dated in it (Recoming has no period
 * but dated progress), and always when no period is chosen.
 */
export function projectMeetsPeriod(period: PeriodBounds) {
  if (!period.fromDay && !period.toDay) return sql`1 = 1`;
  const start = sql`coalesce(${projects.actualStart}, ${projects.plannedStart})`;
  const end = sql`coalesce(${projects.actualEnd}, ${projects.plannedEnd})`;
  const milestoneStart = sql`coalesce(ac.actual_on, ac.planned_on)`;
  const milestoneEnd = sql`coalesce(ac.actual_on, ac.planned_end_on)`;
  return sql`((${start} is not null and ${overlapsPeriod(start, end, period)})
    or (${start} is null and exists (select 1 from activities ac where ac.project_id = "projects"."id" and ac.archived_at is null
      and ${milestoneStart} is not null and ${overlapsPeriod(milestoneStart, milestoneEnd, period)})))`;
}

function fetchProjects(period: PeriodBounds) {
  const db = getDb();
  const rows = db
    .select({
      ...projectPeriodColumns,
      partnerCountryCode: projects.partnerCountryCode,
      ...projectBudgetColumns,
      fundingSource: projects.fundingSource,
      complementsProjectId: projects.complementsProjectId,
      programmeId: programmes.id,
      programmeNameAr: programmes.nameAr,
      programmeNameFr: programmes.nameFr,
      programmeNameEn: programmes.nameEn,
      programmePlannedStart: programmes.plannedStart,
      programmePlannedEnd: programmes.plannedEnd,
    })
    .from(projects)
    // A programme is named only once a supervisor has validated it.
    .leftJoin(programmes, and(eq(programmes.id, projects.programmeId), eq(programmes.validationStatus, "validated"), isNull(programmes.archivedAt)))
    .where(and(publishedAnd(projects), projectMeetsPeriod(period)))
    .orderBy(asc(projects.id))
    .all();
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const partnersOf = fetchPartnersOf(ids);
  const objectives = inChunks(ids, (chunk) => db.select().from(projectObjectives).where(inArray(projectObjectives.projectId, chunk)).orderBy(asc(projectObjectives.position)).all());
  const phases = inChunks(ids, (chunk) => db.select().from(projectPhaseRows).where(inArray(projectPhaseRows.projectId, chunk)).orderBy(asc(projectPhaseRows.position), asc(projectPhaseRows.id)).all());
  const milestones = inChunks(ids, (chunk) => db
    .select({
      id: activities.id,
      projectId: activities.projectId,
      title: activities.title,
      plannedOn: activities.plannedOn,
      plannedEndOn: activities.plannedEndOn,
      actualOn: activities.actualOn,
      city: activities.city,
      status: activities.status,
      position: activities.position,
    })
    .from(activities)
    .where(and(inArray(activities.projectId, chunk), eq(activities.validationStatus, "validated"), isNull(activities.archivedAt)))
    .orderBy(asc(activities.position), asc(activities.id))
    .all())
    .filter((a) => spanMeetsPeriod(a.actualOn ?? a.plannedOn, a.actualOn ? a.actualOn : a.plannedEndOn, period));
  const [objectivesOf, phasesOf, milestonesOf] = [
    groupBy(objectives, (o) => o.projectId),
    groupBy(phases, (p) => p.projectId),
    groupBy(milestones, (m) => m.projectId),
  ];
  return rows.map((row) => ({
    ...row,
    partners: partnersOf.get(row.id) ?? [],
    objectives: (objectivesOf.get(row.id) ?? []).map((o) => o.text),
    phases: phasesOf.get(row.id) ?? [],
    milestones: milestonesOf.get(row.id) ?? [],
  }));
}

/**
 * SQL: an agreement's life meets the period: from its first dated step (signature, else the
 * earliest status change) to its expiry or termination; one in force stays current.
 */
export function agreementMeetsPeriod(period: PeriodBounds) {
  const firstStep = sql`coalesce(${agreements.signedOn}, (select min(sc.occurred_on) from agreement_status_changes sc where sc.agreement_id = "agreements"."id"))`;
  const lastStep = sql`case when ${agreements.signingStatus} in ('expired', 'terminated')
      then coalesce(${agreements.expiresOn}, (select max(sc.occurred_on) from agreement_status_changes sc where sc.agreement_id = "agreements"."id"))
      else coalesce(${agreements.expiresOn}, '9999') end`;
  return overlapsPeriod(firstStep, lastStep, period);
}

function fetchAgreements(period: PeriodBounds) {
  const db = getDb();
  const rows = db
    .select({
      ...agreementTitleColumns,
      ...agreementSubjectColumns,
      counterpartCountryCode: agreements.counterpartCountryCode,
      ...organisationNamesAsColumns,
      ...agreementSigningColumns,
    })
    .from(agreements)
    .leftJoin(organisations, eq(organisations.id, agreements.counterpartOrganisationId))
    .where(and(publishedAnd(agreements), agreementMeetsPeriod(period)))
    .orderBy(sql`${agreements.signedOn} is null`, sql`${agreements.signedOn} desc`, asc(agreements.id))
    .all();
  const ids = rows.map((r) => r.id);
  const steps = groupBy(
    inChunks(ids, (chunk) =>
      db
        .select({ agreementId: agreementStatusChanges.agreementId, toStatus: agreementStatusChanges.toStatus, occurredOn: agreementStatusChanges.occurredOn })
        .from(agreementStatusChanges)
        .where(inArray(agreementStatusChanges.agreementId, chunk))
        .orderBy(asc(agreementStatusChanges.id))
        .all(),
    ),
    (s) => s.agreementId,
  );
  return rows.map((row) => ({ ...row, steps: steps.get(row.id) ?? [] }));
}

/** How many published records (meetings, projects, agreements, editions) meet the period. */
export function countPublished(period: PeriodBounds): number {
  const db = getDb();
  const n = sql<number>`count(*)`;
  return (
    (db.select({ n }).from(meetings).where(and(publishedAnd(meetings), overlapsPeriod(meetings.startsOn, meetings.endsOn, period))).get()?.n ?? 0) +
    (db.select({ n }).from(projects).where(and(publishedAnd(projects), projectMeetsPeriod(period))).get()?.n ?? 0) +
    (db.select({ n }).from(agreements).where(and(publishedAnd(agreements), agreementMeetsPeriod(period))).get()?.n ?? 0) +
    (db
      .select({ n })
      .from(eventEditions)
      .innerJoin(events, eq(events.id, eventEditions.eventId))
      .where(and(publishedAnd(eventEditions), isNull(events.archivedAt), overlapsPeriod(eventEditions.startsOn, eventEditions.endsOn, period)))
      .get()?.n ?? 0)
  );
}

/**
 * Everything published that meets the period, as rows ready for the document builder.
 * @throws ForbiddenError when the user may not read meetings, projects, agreements and events
 * @throws PublicationTooLargeError when the period holds more than MAX_PAGE_RECORDS of them
 */
export function fetchPublishedRecords(user: SessionUser, period: PeriodBounds) {
  assertMayPublish(user);
  const count = countPublished(period);
  if (count > MAX_PAGE_RECORDS) throw new PublicationTooLargeError(count, MAX_PAGE_RECORDS);
  const records = {
    meetings: fetchMeetings(period),
    projects: fetchProjects(period),
    agreements: fetchAgreements(period),
    editions: fetchEditions(period),
  };
  const codes = new Set<string>();
  for (const m of records.meetings) if (m.countryCode) codes.add(m.countryCode);
  for (const p of records.projects) if (p.partnerCountryCode) codes.add(p.partnerCountryCode);
  for (const a of records.agreements) if (a.counterpartCountryCode) codes.add(a.counterpartCountryCode);
  for (const e of records.editions) if (e.countryCode) codes.add(e.countryCode);
  const countryRows = codes.size ? getDb().select().from(countries).where(inArray(countries.code, [...codes])).all() : [];
  return { ...records, countries: new Map(countryRows.map((c) => [c.code, c])) };
}

export type PublishedRecords = ReturnType<typeof fetchPublishedRecords>;
