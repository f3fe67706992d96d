/**
 * The exports' reads: each list walked in keyset pages of EXPORT_PAGE_SIZE rows, under the very
 * WHERE its list page uses (the room's `xListWhere`, which asks the permission table and, for
 * projects and milestones, applies the scope rule of lib/auth/scope.ts). The WHERE is built (and
 * the permission checked) when the function is called, before any byte is sent; the rows are read
 * lazily, one page per step of the returned iterable, and nothing but the current page is held.
 */
import "server-only";
import { agreementSigningColumns, agreementSubjectColumns, agreementTitleColumns } from "@/lib/agreements/summary-columns";
import { and, asc, desc, eq, gt, inArray, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { getDb } from "@/db/client";
import { activities, agreements, countries, meetings, organisations, people, programmes, projects } from "@/db/schema";
import { countryNameColumns } from "@/lib/countries/name-columns";
import { organisationNameColumns, organisationNamesAsColumns } from "@/lib/organisations/name-columns";
import { fetchPartnersOf } from "@/lib/projects/partners";
import { projectBudgetColumns, projectPeriodColumns } from "@/lib/projects/summary-columns";
import type { SessionUser } from "@/lib/auth/session";
import { agreementsListWhere } from "@/lib/agreements/queries";
import type { AgreementFilters } from "@/lib/agreements/schema";
import { fetchCounterpartsWithOrganisationsOf, meetingsListWhere } from "@/lib/meetings/queries";
import type { MeetingFilters } from "@/lib/meetings/schema";
import { milestonesListWhere } from "@/lib/milestones/queries";
import type { MilestoneListFilters } from "@/lib/milestones/schema";
import { organisationsListWhere } from "@/lib/organisations/queries";
import type { OrganisationFilters } from "@/lib/organisations/schema";
import { peopleListWhere } from "@/lib/people/queries";
import type { PeopleFilters } from "@/lib/people/schema";
import { projectsListWhere } from "@/lib/projects/queries";
import type { ProjectFilters } from "@/lib/projects/schema";
import type { MeetingExportRow } from "./meeting-columns";
import type { ProjectExportRow } from "./project-columns";
import type { AgreementExportRow, MilestoneExportRow, OrganisationExportRow, PersonExportRow } from "./record-columns";

/** Rows read per query. */
export const EXPORT_PAGE_SIZE = 1000;

/** A lazily read list: each call of the function starts a fresh walk. */
export type ExportPages<Row> = () => Iterable<Row[]>;

/** Walks a table by ascending id under `where`: `readPage(where, afterId)` reads one page. */
function byIdPages<Row extends { id: number }>(
  idColumn: SQLWrapper,
  where: SQL | undefined,
  readPage: (where: SQL | undefined) => Row[],
): ExportPages<Row> {
  return function* () {
    let afterId = 0;
    for (;;) {
      const page = readPage(and(where, gt(idColumn, afterId)));
      if (page.length > 0) yield page;
      if (page.length < EXPORT_PAGE_SIZE) return;
      afterId = page[page.length - 1]!.id;
    }
  };
}

/**
 * The meetings the list selects for `filters` (search, country, date range, event, kind, person,
 * organisation, validated), newest first as on the list, each with its counterparts in order.
 * @throws ForbiddenError when the user may not read meetings
 */
export function meetingExportPages(user: SessionUser, filters: MeetingFilters): ExportPages<MeetingExportRow> {
  const where = meetingsListWhere(user, filters);
  const db = getDb();
  return function* () {
    let after: { startsOn: string; id: number } | null = null;
    for (;;) {
      // Keyset on (starts_on, id) descending: the live start-date index serves it page after page.
      const keys: { id: number; startsOn: string }[] = db
        .select({ id: meetings.id, startsOn: meetings.startsOn })
        .from(meetings)
        .where(and(where, after ? sql`(${meetings.startsOn}, ${meetings.id}) < (${after.startsOn}, ${after.id})` : undefined))
        .orderBy(desc(meetings.startsOn), desc(meetings.id))
        .limit(EXPORT_PAGE_SIZE)
        .all();
      if (keys.length === 0) return;
      const ids = keys.map((k) => k.id);
      const rows = db
        .select({
          id: meetings.id,
          startsOn: meetings.startsOn,
          endsOn: meetings.endsOn,
          kind: meetings.kind,
          countryCode: meetings.countryCode,
          ...countryNameColumns,
          city: meetings.city,
          venue: meetings.venue,
          topics: meetings.topics,
          outcome: meetings.outcome,
        })
        .from(meetings)
        .leftJoin(countries, eq(countries.code, meetings.countryCode))
        .where(inArray(meetings.id, ids))
        .orderBy(desc(meetings.startsOn), desc(meetings.id))
        .all();
      const counterparts = fetchCounterpartsWithOrganisationsOf(ids);
      yield rows.map((row) => ({ ...row, counterparts: counterparts.get(row.id) ?? [] }));
      if (keys.length < EXPORT_PAGE_SIZE) return;
      after = keys[keys.length - 1]!;
    }
  };
}

/**
 * The projects the list selects for `filters`, within the user's scope, by id, with every
 * partner role.
 * @throws ForbiddenError when the user may not read projects
 */
export function projectExportPages(user: SessionUser, filters: ProjectFilters): ExportPages<ProjectExportRow> {
  const where = projectsListWhere(user, filters);
  const db = getDb();
  return byIdPages(projects.id, where, (pageWhere) => {
    const rows = db
      .select({
        ...projectPeriodColumns,
        partnerCountryCode: projects.partnerCountryCode,
        ...countryNameColumns,
        programmeNameAr: programmes.nameAr,
        programmeNameFr: programmes.nameFr,
        programmeNameEn: programmes.nameEn,
        ...projectBudgetColumns,
        budgetKind: projects.budgetKind,
        fundingSource: projects.fundingSource,
      })
      .from(projects)
      .leftJoin(countries, eq(countries.code, projects.partnerCountryCode))
      .leftJoin(programmes, eq(programmes.id, projects.programmeId))
      .where(pageWhere)
      .orderBy(asc(projects.id))
      .limit(EXPORT_PAGE_SIZE)
      .all();
    const partners = fetchPartnersOf(rows.map((r) => r.id));
    return rows.map((row) => ({ ...row, partners: partners.get(row.id) ?? [] }));
  });
}

/**
 * The milestones of every project the user may see, or of one (`filters.project`), by id.
 * @throws ForbiddenError when the user may not read milestones
 */
export function milestoneExportPages(user: SessionUser, filters: MilestoneListFilters): ExportPages<MilestoneExportRow> {
  const where = milestonesListWhere(user, filters);
  const db = getDb();
  return byIdPages(activities.id, where, (pageWhere) =>
    db
      .select({
        id: activities.id,
        projectId: activities.projectId,
        projectAcronym: projects.acronym,
        projectTitleAr: projects.titleAr,
        projectTitleFr: projects.titleFr,
        projectTitleEn: projects.titleEn,
        title: activities.title,
        kind: activities.kind,
        status: activities.status,
        plannedOn: activities.plannedOn,
        plannedEndOn: activities.plannedEndOn,
        actualOn: activities.actualOn,
        city: activities.city,
        countryCode: activities.countryCode,
        ...countryNameColumns,
      })
      .from(activities)
      .innerJoin(projects, eq(projects.id, activities.projectId))
      .leftJoin(countries, eq(countries.code, activities.countryCode))
      .where(pageWhere)
      .orderBy(asc(activities.id))
      .limit(EXPORT_PAGE_SIZE)
      .all(),
  );
}

/**
 * The agreements the list selects for `filters`, by id.
 * @throws ForbiddenError when the user may not read agreements
 */
export function agreementExportPages(user: SessionUser, filters: AgreementFilters): ExportPages<AgreementExportRow> {
  const where = agreementsListWhere(user, filters);
  const db = getDb();
  return byIdPages(agreements.id, where, (pageWhere) =>
    db
      .select({
        ...agreementTitleColumns,
        ...agreementSubjectColumns,
        counterpartCountryCode: agreements.counterpartCountryCode,
        ...countryNameColumns,
        ...organisationNamesAsColumns,
        ...agreementSigningColumns,
      })
      .from(agreements)
      .leftJoin(countries, eq(countries.code, agreements.counterpartCountryCode))
      .leftJoin(organisations, eq(organisations.id, agreements.counterpartOrganisationId))
      .where(pageWhere)
      .orderBy(asc(agreements.id))
      .limit(EXPORT_PAGE_SIZE)
      .all(),
  );
}

/**
 * The organisations the directory selects for `filters`, by id.
 * @throws ForbiddenError when the user may not read organisations
 */
export function organisationExportPages(user: SessionUser, filters: OrganisationFilters): ExportPages<OrganisationExportRow> {
  const where = organisationsListWhere(user, filters);
  const db = getDb();
  return byIdPages(organisations.id, where, (pageWhere) =>
    db
      .select({
        id: organisations.id,
        ...organisationNameColumns,
        type: organisations.type,
        countryCode: organisations.countryCode,
        ...countryNameColumns,
      })
      .from(organisations)
      .leftJoin(countries, eq(countries.code, organisations.countryCode))
      .where(pageWhere)
      .orderBy(asc(organisations.id))
      .limit(EXPORT_PAGE_SIZE)
      .all(),
  );
}

/** The person's latest title: from their last meeting, else their latest position (as the directory shows). */
const latestTitle = sql<string | null>`coalesce(
  (select mc.title_at_meeting from meeting_counterparts mc join meetings m on m.id = mc.meeting_id
    where mc.person_id = "people"."id" and mc.title_at_meeting is not null and m.archived_at is null
    order by m.starts_on desc limit 1),
  (select p.title from positions p where p.person_id = "people"."id" and p.archived_at is null
    order by coalesce(p.starts_on, '') desc limit 1))`;

/**
 * The people the directory selects for `filters`, by id, with their latest title.
 * @throws ForbiddenError when the user may not read people
 */
export function personExportPages(user: SessionUser, filters: PeopleFilters): ExportPages<PersonExportRow> {
  const where = peopleListWhere(user, filters);
  const db = getDb();
  return byIdPages(people.id, where, (pageWhere) =>
    db
      .select({
        id: people.id,
        name: people.name,
        nameTransliterated: people.nameTransliterated,
        countryCode: people.countryCode,
        ...countryNameColumns,
        latestTitle,
      })
      .from(people)
      .leftJoin(countries, eq(countries.code, people.countryCode))
      .where(pageWhere)
      .orderBy(asc(people.id))
      .limit(EXPORT_PAGE_SIZE)
      .all(),
  );
}
