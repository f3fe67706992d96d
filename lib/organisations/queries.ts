/**
 * The organisations directory: server-only reads. Each takes the current user and asks the
 * permission table first (ForbiddenError when refused). Merged and archived records are left out of
 * lists.
 */
import "server-only";
import { organisationNameColumns } from "./name-columns";
import { countryNameColumns } from "@/lib/countries/name-columns";
import { directoryConditions, withheldArchive } from "@/lib/lists/directory";
import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { pageIds } from "@/lib/lists/page-ids";
import { cachedRead, readBetweenWrites } from "@/lib/cache/read-cache";
import { getDb } from "@/db/client";
import { countries, meetingCounterparts, meetings, organisations, people, projectPartners, projects } from "@/db/schema";
import { fetchAuditHistory, fetchStampNames } from "@/lib/audit/history";
import { assertCan, can } from "@/lib/auth/permissions";
import { recordAbilities } from "@/lib/auth/abilities";
import type { SessionUser } from "@/lib/auth/session";
import { countAgreementsWhere, fetchAgreementsWhere } from "@/lib/agreements/queries";
import { countPeopleWhere, fetchPeopleWhere } from "@/lib/people/queries";
import type { OrganisationFilters } from "./schema";
import { SECTION_LIMIT } from "@/lib/lists/sections";

export const ORGANISATIONS_PAGE_SIZE = 25;

const projectCount = sql<number>`(select count(distinct pp.project_id) from project_partners pp
  join projects p on p.id = pp.project_id where pp.organisation_id = "organisations"."id" and p.archived_at is null)`;

/**
 * One page of the directory, by name in the interface language's column, with the number of
 * projects each takes part in. `archived=1` lists archived records instead.
 * @throws ForbiddenError when the user may not read organisations
 */
export const fetchOrganisationsPage = readBetweenWrites("organisations.list", (user: SessionUser, filters: OrganisationFilters, locale: "ar" | "fr" | "en") => {
  assertCan(user.role, "read", "organisation");
  const db = getDb();
  const where = organisationsListWhere(user, filters);
  const { page: requested, ...filterKey } = filters;
  // Counted once per filter until the next write, not on every request.
  const total = cachedRead(`organisations.total:${JSON.stringify(filterKey)}`, () => db.select({ n: count() }).from(organisations).where(where).get()?.n ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / ORGANISATIONS_PAGE_SIZE));
  const page = Math.min(requested, pageCount);
  const sortName =
    locale === "ar"
      ? sql`coalesce(${organisations.nameAr}, ${organisations.nameFr}, ${organisations.nameEn}, ${organisations.acronym})`
      : locale === "fr"
        ? sql`coalesce(${organisations.nameFr}, ${organisations.nameEn}, ${organisations.nameAr}, ${organisations.acronym})`
        : sql`coalesce(${organisations.nameEn}, ${organisations.nameFr}, ${organisations.nameAr}, ${organisations.acronym})`;
  // Deferred join: the page's ids on the table alone, then the project counts (a correlated
  // subquery) for those 25 rows only, not for every row a deep page skips.
  const ids = pageIds(organisations, organisations.id, where, [sortName, asc(organisations.id)], page, ORGANISATIONS_PAGE_SIZE);
  const rows =
    ids.length === 0
      ? []
      : db
          .select({
            id: organisations.id,
            ...organisationNameColumns,
            type: organisations.type,
            countryCode: organisations.countryCode,
            ...countryNameColumns,
            projectCount,
          })
          .from(organisations)
          .leftJoin(countries, eq(countries.code, organisations.countryCode))
          .where(inArray(organisations.id, ids))
          .orderBy(sortName, asc(organisations.id))
          .all();
  return { rows, total, page, pageCount };
});

/**
 * The WHERE of the directory for `filters` (merged records never; archived ones instead of the
 * others with `archived=1`), shared by the list and by lib/exports.
 * @throws ForbiddenError when the user may not read organisations
 */
export function organisationsListWhere(user: SessionUser, filters: OrganisationFilters): SQL | undefined {
  assertCan(user.role, "read", "organisation");
  const conditions = directoryConditions(organisations, filters);
  if (filters.type) conditions.push(eq(organisations.type, filters.type));
  if (filters.country) conditions.push(eq(organisations.countryCode, filters.country));
  return and(...conditions);
}

export type OrganisationListRow = ReturnType<typeof fetchOrganisationsPage>["rows"][number];

/**
 * One organisation with what it is part of: its projects and roles, the agreements it is the
 * counterpart of, the meetings where one of its people spoke for it, its people, and its history.
 * Lists the user may not read come back empty. A merged record comes back with `mergedIntoId`.
 * @throws ForbiddenError when the user may not read organisations
 */
export const fetchOrganisation = readBetweenWrites("organisations.one", (user: SessionUser, id: number, options: { allowArchived?: boolean } = {}) => {
  assertCan(user.role, "read", "organisation");
  const db = getDb();
  const row = db
    .select({ organisation: organisations, ...countryNameColumns })
    .from(organisations)
    .leftJoin(countries, eq(countries.code, organisations.countryCode))
    .where(eq(organisations.id, id))
    .get();
  if (!row) return null;
  if (withheldArchive(row.organisation, user, "organisation", options.allowArchived)) return null;
  const projectRoles = can(user.role, "read", "project")
    ? db
        .select({
          projectId: projects.id,
          acronym: projects.acronym,
          titleAr: projects.titleAr,
          titleFr: projects.titleFr,
          titleEn: projects.titleEn,
          status: projects.status,
          plannedStart: projects.plannedStart,
          plannedEnd: projects.plannedEnd,
          partnerRole: projectPartners.partnerRole,
          note: projectPartners.note,
        })
        .from(projectPartners)
        .innerJoin(projects, eq(projects.id, projectPartners.projectId))
        .where(and(eq(projectPartners.organisationId, id), isNull(projects.archivedAt)))
        .orderBy(desc(projects.plannedStart), asc(projects.id))
        .limit(SECTION_LIMIT)
        .all()
    : [];
  const organisationMeetings = can(user.role, "read", "meeting")
    ? db
        .selectDistinct({ id: meetings.id, startsOn: meetings.startsOn, endsOn: meetings.endsOn, kind: meetings.kind, personId: people.id, personName: people.name, titleAtMeeting: meetingCounterparts.titleAtMeeting })
        .from(meetingCounterparts)
        .innerJoin(meetings, eq(meetings.id, meetingCounterparts.meetingId))
        .innerJoin(people, eq(people.id, meetingCounterparts.personId))
        .where(and(eq(meetingCounterparts.organisationId, id), isNull(meetings.archivedAt)))
        .orderBy(desc(meetings.startsOn), desc(meetings.id))
        .limit(SECTION_LIMIT)
        .all()
    : [];
  const totals = {
    projects: projectRoles.length < SECTION_LIMIT ? projectRoles.length : (db
      .select({ n: count() })
      .from(projectPartners)
      .innerJoin(projects, eq(projects.id, projectPartners.projectId))
      .where(and(eq(projectPartners.organisationId, id), isNull(projects.archivedAt)))
      .get()?.n ?? 0),
    meetings: organisationMeetings.length < SECTION_LIMIT ? organisationMeetings.length : (db
      .select({ n: sql<number>`count(distinct ${meetings.id})` })
      .from(meetingCounterparts)
      .innerJoin(meetings, eq(meetings.id, meetingCounterparts.meetingId))
      .where(and(eq(meetingCounterparts.organisationId, id), isNull(meetings.archivedAt)))
      .get()?.n ?? 0),
    agreements: can(user.role, "read", "agreement") ? countAgreementsWhere(user, { organisationId: id }) : 0,
    people: can(user.role, "read", "person") ? countPeopleWhere(user, { organisationId: id }) : 0,
  };
  return {
    abilities: recordAbilities(user, "organisation", row.organisation.archivedAt !== null),
    ...row,
    /** Each section shows at most SECTION_LIMIT rows; these count them all. */
    totals,
    projects: projectRoles,
    agreements: can(user.role, "read", "agreement") ? fetchAgreementsWhere(user, { organisationId: id }) : [],
    meetings: organisationMeetings,
    people: can(user.role, "read", "person") ? fetchPeopleWhere(user, { organisationId: id }) : [],
    ...fetchAuditHistory("organisation", id),
    ...fetchStampNames(row.organisation.createdBy, row.organisation.updatedBy),
  };
});

/**
 * Organisations of a country (not archived or merged), with the roles they hold on projects; at
 * most SECTION_LIMIT (countOrganisationsOfCountry counts them all).
 * @throws ForbiddenError when the user may not read organisations
 */
export function fetchOrganisationsOfCountry(user: SessionUser, countryCode: string) {
  assertCan(user.role, "read", "organisation");
  return getDb()
    .select({ id: organisations.id, nameAr: organisations.nameAr, nameFr: organisations.nameFr, nameEn: organisations.nameEn, acronym: organisations.acronym, type: organisations.type, projectCount })
    .from(organisations)
    .where(organisationsOfCountry(countryCode))
    .orderBy(asc(organisations.id))
    .limit(SECTION_LIMIT)
    .all();
}

const organisationsOfCountry = (countryCode: string) =>
  and(eq(organisations.countryCode, countryCode), isNull(organisations.archivedAt), isNull(organisations.mergedIntoId));

/**
 * How many organisations fetchOrganisationsOfCountry would list without its cap.
 * @throws ForbiddenError when the user may not read organisations
 */
export function countOrganisationsOfCountry(user: SessionUser, countryCode: string): number {
  assertCan(user.role, "read", "organisation");
  return getDb().select({ n: count() }).from(organisations).where(organisationsOfCountry(countryCode)).get()?.n ?? 0;
}

