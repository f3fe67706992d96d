/**
 * Projects: server-only reads (the list with progress computed in SQL, one project's page, the
 * form's choices). Each takes the current user, asks the permission table first (ForbiddenError
 * when refused) and applies the row scope of lib/auth/scope.ts in SQL: a steering-committee member
 * reads only the projects whose steering committee they sit on. Archived rows are left out unless
 * asked for by someone who may restore them.
 * (About 380 lines, over the house's 350: the list and the project page share their filters,
 * scope and column sets here; the progress SQL is progress-queries.ts, partners partners.ts.)
 */
import "server-only";
import { pageIds } from "@/lib/lists/page-ids";
import { cachedRead, readBetweenWrites } from "@/lib/cache/read-cache";
import { organisationNameColumns } from "@/lib/organisations/name-columns";
import { overdueProjectCondition } from "./overdue";
import { todayIn } from "@/lib/dates/partial-date";
import { and, asc, count, eq, exists, inArray, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  activities,
  agreements,
  countries,
  meetings,
  organisations,
  partnerRoles,
  programmes,
  projectObjectives,
  projectPartners,
  projectPhaseRows,
  projects,
  steeringCommitteeMemberships,
  users,
} from "@/db/schema";
import { fetchAuditHistory, fetchStampNames } from "@/lib/audit/history";
import { fetchAllCountries } from "@/lib/countries/reference";
import { countryNameColumns } from "@/lib/countries/name-columns";
import { fetchPartnersOf } from "./partners";
import { projectPeriodColumns, projectTitleColumns } from "./summary-columns";
import { assertCan, can } from "@/lib/auth/permissions";
import { projectScope, projectScopeKey } from "@/lib/auth/scope";
import { fetchMeetingsLinkedToProject } from "@/lib/meetings/queries";
import { readableKinds, recordAbilities } from "@/lib/auth/abilities";
import type { SessionUser } from "@/lib/auth/session";
import { isLate, nextDue, summarizeProgress } from "./progress";
import { nextDueSubquery, progressSubquery } from "./progress-queries";
import type { ProjectFilters } from "./schema";
import { matchesSearch } from "@/lib/text/like-pattern";

/** Projects per page (issue #9: every list page stays under 300 kB of HTML at life size). */
export const PROJECTS_PAGE_SIZE = 20;

/** Projects where an organisation holds a role (for the funder / implementer filters). */
function holdsRole(organisationId: number, role: string): SQL {
  return exists(
    getDb()
      .select({ one: sql`1` })
      .from(projectPartners)
      .where(
        and(
          eq(projectPartners.projectId, projects.id),
          eq(projectPartners.organisationId, organisationId),
          eq(projectPartners.partnerRole, role),
        ),
      ),
  );
}

function filterConditions(user: SessionUser, filters: ProjectFilters, today: string): SQL | undefined {
  const showArchived = filters.archived === "1" && can(user.role, "restore", "project");
  const conditions: (SQL | undefined)[] = [
    showArchived ? isNotNull(projects.archivedAt) : isNull(projects.archivedAt),
    projectScope(user),
  ];
  conditions.push(matchesSearch(projects.searchText, filters.q));
  if (filters.country) conditions.push(eq(projects.partnerCountryCode, filters.country));
  if (filters.programme) conditions.push(eq(projects.programmeId, filters.programme));
  if (filters.status) conditions.push(eq(projects.status, filters.status));
  if (filters.funder) conditions.push(holdsRole(filters.funder, "funding"));
  if (filters.implementer) conditions.push(holdsRole(filters.implementer, "implementation"));
  if (filters.validated) conditions.push(eq(projects.validationStatus, "validated"));
  if (filters.overdue) conditions.push(overdueProjectCondition(today));
  return and(...conditions);
}

export type ProjectListRow = ReturnType<typeof fetchProjectsPage>["rows"][number];

/**
 * One page of projects with their progress computed in SQL (one query for the page's rows and
 * their aggregates, one for their funders and implementers).
 * @param today `YYYY-MM-DD`, the day lateness is judged on
 * @returns `{ rows, total, page, pageCount }`
 * @throws ForbiddenError when the user may not read projects
 */
export const fetchProjectsPage = readBetweenWrites("projects.list", (user: SessionUser, filters: ProjectFilters, today: string) => {
  assertCan(user.role, "read", "project");
  const db = getDb();
  const where = filterConditions(user, filters, today);
  const { page: requested, ...filterKey } = filters;
  // Counted once per filter, scope and day until the next write (lib/cache/read-cache.ts).
  const total = cachedRead(`projects.total:${projectScopeKey(user)}:${today}:${JSON.stringify(filterKey)}`, () => db.select({ n: count() }).from(projects).where(where).get()?.n ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / PROJECTS_PAGE_SIZE));
  const page = Math.min(requested, pageCount);
  // Deferred join: the page's ids first (projects alone), then their aggregates over their own
  // milestones only, not over every milestone of the database.
  const order = [asc(projects.partnerCountryCode), asc(sql`coalesce(${projects.plannedStart}, ${projects.actualStart})`), asc(projects.id)];
  const ids = pageIds(projects, projects.id, where, order, page, PROJECTS_PAGE_SIZE);
  const progress = progressSubquery(today, ids);
  const next = nextDueSubquery(today, ids);
  const rows = ids.length === 0 ? [] : db
    .select({
      ...projectPeriodColumns,
      version: projects.version,
      archivedAt: projects.archivedAt,
      partnerCountryCode: projects.partnerCountryCode,
      ...countryNameColumns,
      programmeId: projects.programmeId,
      programmeNameAr: programmes.nameAr,
      programmeNameFr: programmes.nameFr,
      programmeNameEn: programmes.nameEn,
      milestonesTotal: sql<number>`coalesce(${progress.total}, 0)`,
      milestonesCounted: sql<number>`coalesce(${progress.counted}, 0)`,
      milestonesDone: sql<number>`coalesce(${progress.done}, 0)`,
      milestonesLate: sql<number>`coalesce(${progress.late}, 0)`,
      overdue: sql<number>`${overdueProjectCondition(today)}`,
      nextDueId: next.id,
      nextDueTitle: next.title,
      nextDueOn: next.plannedOn,
    })
    .from(projects)
    .leftJoin(countries, eq(countries.code, projects.partnerCountryCode))
    .leftJoin(programmes, eq(programmes.id, projects.programmeId))
    .leftJoin(progress, eq(progress.projectId, projects.id))
    .leftJoin(next, and(eq(next.projectId, projects.id), eq(next.rank, 1)))
    .where(inArray(projects.id, ids))
    .orderBy(...order)
    .all();
  const partners = fetchPartnerSummaries(rows.map((r) => r.id));
  return {
    rows: rows.map((row) => ({
      ...row,
      progress: {
        total: row.milestonesTotal,
        counted: row.milestonesCounted,
        done: row.milestonesDone,
        late: row.milestonesLate,
        shareDone: row.milestonesCounted === 0 ? null : row.milestonesDone / row.milestonesCounted,
      },
      nextDue: row.nextDueId === null ? null : { id: row.nextDueId, title: row.nextDueTitle ?? "", plannedOn: row.nextDueOn },
      funders: partners.get(row.id)?.funding ?? [],
      implementers: partners.get(row.id)?.implementation ?? [],
    })),
    total,
    page,
    pageCount,
  };
});

type OrganisationName = { id: number; nameAr: string | null; nameFr: string | null; nameEn: string | null; acronym: string | null };

/** Funders and implementers of several projects at once (fetchPartnersOf), as the list shows them. */
function fetchPartnerSummaries(projectIds: number[]) {
  const byProject = new Map<number, { funding: OrganisationName[]; implementation: OrganisationName[] }>();
  for (const [projectId, partners] of fetchPartnersOf(projectIds)) {
    const entry = { funding: [] as OrganisationName[], implementation: [] as OrganisationName[] };
    for (const { partnerRole, organisationId, nameAr, nameFr, nameEn, acronym } of partners) {
      if (partnerRole === "funding" || partnerRole === "implementation") entry[partnerRole].push({ id: organisationId, nameAr, nameFr, nameEn, acronym });
    }
    if (entry.funding.length || entry.implementation.length) byProject.set(projectId, entry);
  }
  return byProject;
}

/**
 * Choices of the projects list's filters, drawn from the projects the user may see: partner
 * countries, programmes, funders and implementing agencies.
 * @throws ForbiddenError when the user may not read projects
 */
export function fetchProjectFilterOptions(user: SessionUser) {
  assertCan(user.role, "read", "project");
  return cachedRead(`projects.filterOptions:${projectScopeKey(user)}`, () => readProjectFilterOptions(user));
}

function readProjectFilterOptions(user: SessionUser) {
  const db = getDb();
  const visible = and(isNull(projects.archivedAt), projectScope(user));
  const countryRows = db
    .selectDistinct({ code: countries.code, nameAr: countries.nameAr, nameFr: countries.nameFr, nameEn: countries.nameEn })
    .from(projects)
    .innerJoin(countries, eq(countries.code, projects.partnerCountryCode))
    .where(visible)
    .all();
  const programmeRows = db
    .selectDistinct({ id: programmes.id, nameAr: programmes.nameAr, nameFr: programmes.nameFr, nameEn: programmes.nameEn })
    .from(projects)
    .innerJoin(programmes, eq(programmes.id, projects.programmeId))
    .where(and(visible, isNull(programmes.archivedAt)))
    .orderBy(asc(programmes.id))
    .all();
  // Funders and implementers are many: their filters are record pickers that ask the server (lib/choices).
  return { countries: countryRows, programmes: programmeRows };
}

/**
 * One project with everything its page shows: country, programme, partners (with role and IATI
 * code), objectives, phases, milestones (each with `late`), progress, the next milestone due,
 * the steering committee (member organisations, app users, sessions), related meetings and
 * agreements, and the record's history.
 * @param today `YYYY-MM-DD`, the day lateness is judged on
 * @param options.includeArchived also return an archived project (for those who may restore it)
 * @returns null when the project does not exist, is archived (unless asked for) or is outside the
 *   user's scope
 * @throws ForbiddenError when the user may not read projects
 */
export function fetchProject(user: SessionUser, id: number, today: string, options: { includeArchived?: boolean } = {}) {
  assertCan(user.role, "read", "project");
  const db = getDb();
  const found = db
    .select({
      project: projects,
      ...countryNameColumns,
      programmeNameAr: programmes.nameAr,
      programmeNameFr: programmes.nameFr,
      programmeNameEn: programmes.nameEn,
      programmeAcronym: programmes.acronym,
    })
    .from(projects)
    .leftJoin(countries, eq(countries.code, projects.partnerCountryCode))
    .leftJoin(programmes, eq(programmes.id, projects.programmeId))
    .where(
      and(
        eq(projects.id, id),
        options.includeArchived && can(user.role, "restore", "project") ? undefined : isNull(projects.archivedAt),
        projectScope(user),
      ),
    )
    .get();
  if (!found) return null;
  // The project this one complements (RECOSA complements Recoming), if visible to the user.
  const complements = found.project.complementsProjectId
    ? (db
        .select(projectTitleColumns)
        .from(projects)
        .where(and(eq(projects.id, found.project.complementsProjectId), isNull(projects.archivedAt), projectScope(user)))
        .get() ?? null)
    : null;

  const partners = db
    .select({
      id: projectPartners.id,
      organisationId: organisations.id,
      ...organisationNameColumns,
      organisationType: organisations.type,
      role: projectPartners.partnerRole,
      iatiCode: partnerRoles.iatiCode,
      rolePosition: partnerRoles.position,
      roleDerived: projectPartners.roleDerived,
      note: projectPartners.note,
    })
    .from(projectPartners)
    .innerJoin(organisations, eq(organisations.id, projectPartners.organisationId))
    .innerJoin(partnerRoles, eq(partnerRoles.code, projectPartners.partnerRole))
    .where(eq(projectPartners.projectId, id))
    .orderBy(asc(partnerRoles.position), asc(projectPartners.id))
    .all();
  const objectives = db
    .select()
    .from(projectObjectives)
    .where(eq(projectObjectives.projectId, id))
    .orderBy(asc(projectObjectives.position), asc(projectObjectives.id))
    .all();
  const phases = db
    .select()
    .from(projectPhaseRows)
    .where(eq(projectPhaseRows.projectId, id))
    .orderBy(asc(projectPhaseRows.position), asc(projectPhaseRows.id))
    .all();
  const milestoneRows = db
    .select({
      activity: activities,
      ...countryNameColumns,
      meetingStartsOn: meetings.startsOn,
      meetingEndsOn: meetings.endsOn,
      meetingKind: meetings.kind,
    })
    .from(activities)
    .leftJoin(countries, eq(countries.code, activities.countryCode))
    .leftJoin(meetings, and(eq(meetings.id, activities.meetingId), isNull(meetings.archivedAt)))
    .where(and(eq(activities.projectId, id), isNull(activities.archivedAt)))
    // Dated milestones in date order (partial ISO dates sort lexically), then the undated ones.
    .orderBy(sql`${activities.plannedOn} is null`, asc(activities.plannedOn), asc(activities.position), asc(activities.id))
    .all();
  const milestones = milestoneRows.map((row) => ({ ...row, late: isLate(row.activity, today) }));
  const progress = summarizeProgress(milestones.map((m) => m.activity), today);
  const next = nextDue(milestones.map((m) => m.activity), today);

  const committeeUsers = db
    .select({ id: users.id, name: users.name })
    .from(steeringCommitteeMemberships)
    .innerJoin(users, eq(users.id, steeringCommitteeMemberships.userId))
    .where(and(eq(steeringCommitteeMemberships.projectId, id), eq(users.active, true)))
    .orderBy(asc(users.name))
    .all();

  const relatedMeetings = can(user.role, "read", "meeting") ? fetchMeetingsLinkedToProject(id) : [];
  const relatedAgreements = can(user.role, "read", "agreement")
    ? db
        .select({
          id: agreements.id,
          type: agreements.type,
          titleAr: agreements.titleAr,
          titleFr: agreements.titleFr,
          titleEn: agreements.titleEn,
          signingStatus: agreements.signingStatus,
          signedOn: agreements.signedOn,
        })
        .from(agreements)
        .where(and(eq(agreements.projectId, id), isNull(agreements.archivedAt)))
        .orderBy(asc(agreements.signedOn), asc(agreements.id))
        .all()
    : [];

  return {
    abilities: {
      ...recordAbilities(user, "project", found.project.archivedAt !== null),
      createMilestones: found.project.archivedAt === null && can(user.role, "create", "milestone"),
      updateMilestones: found.project.archivedAt === null && can(user.role, "update", "milestone"),
    },
    reads: readableKinds(user),
    ...found,
    ...fetchStampNames(found.project.createdBy, found.project.updatedBy),
    complements,
    partners,
    objectives,
    phases,
    milestones,
    progress,
    nextDue: next,
    committeeUsers,
    relatedMeetings,
    relatedAgreements,
    ...fetchAuditHistory("project", id),
  };
}

export type StoredProject = NonNullable<ReturnType<typeof fetchProject>>;

/**
 * Choices for the project and milestone forms: countries, programmes, the partner roles
 * reference list (with IATI codes), and whether a milestone can be linked to a meeting (only for
 * users who may read meetings; organisations and meetings are picked as the user types, lib/choices).
 * @throws ForbiddenError when the user may not read projects
 */
export function fetchProjectFormOptions(user: SessionUser) {
  assertCan(user.role, "read", "project");
  const db = getDb();
  const programmeRows = db
    .select({ id: programmes.id, nameAr: programmes.nameAr, nameFr: programmes.nameFr, nameEn: programmes.nameEn, acronym: programmes.acronym })
    .from(programmes)
    .where(isNull(programmes.archivedAt))
    .orderBy(asc(programmes.id))
    .all();
  const roles = db.select().from(partnerRoles).orderBy(asc(partnerRoles.position)).all();
  // Organisations and meetings are many: the partner and meeting pickers ask the server (lib/choices).
  const linksMeetings = can(user.role, "read", "meeting");
  return { countries: fetchAllCountries(), programmes: programmeRows, partnerRoles: roles, linksMeetings };
}

/**
 * The WHERE of the projects list for `filters`, the user's scope included (lib/auth/scope.ts), for
 * a reader that walks the whole selection by keyset (lib/exports).
 * @param today `YYYY-MM-DD` (the department's day, by default), for the overdue filter
 * @throws ForbiddenError when the user may not read projects
 */
export function projectsListWhere(user: SessionUser, filters: ProjectFilters, today: string = todayIn()): SQL | undefined {
  assertCan(user.role, "read", "project");
  return filterConditions(user, filters, today);
}
