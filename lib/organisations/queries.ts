/**
 * The organisations directory: server-only reads. Each takes the current user and asks the
 * permission table first (ForbiddenError when refused). Merged and archived records are left out of
 * lists.
 */
import "server-only";
import { and, asc, count, desc, eq, isNotNull, isNull, ne, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { countries, meetingCounterparts, meetings, organisations, people, projectPartners, projects } from "@/db/schema";
import { fetchAuditHistory, fetchStampNames } from "@/lib/audit/history";
import { assertCan, can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { fetchAgreementsWhere } from "@/lib/agreements/queries";
import { fetchPeopleWhere } from "@/lib/people/queries";
import type { OrganisationFilters } from "./schema";
import { matchesSearch } from "@/lib/text/like-pattern";

export const ORGANISATIONS_PAGE_SIZE = 25;

const projectCount = sql<number>`(select count(distinct pp.project_id) from project_partners pp
  join projects p on p.id = pp.project_id where pp.organisation_id = "organisations"."id" and p.archived_at is null)`;

/**
 * One page of the directory, by name in the interface language's column, with the number of
 * projects each takes part in. `archived=1` lists archived records instead.
 * @throws ForbiddenError when the user may not read organisations
 */
export function fetchOrganisationsPage(user: SessionUser, filters: OrganisationFilters, locale: "ar" | "fr" | "en") {
  assertCan(user.role, "read", "organisation");
  const db = getDb();
  const conditions: (SQL | undefined)[] = [
    filters.archived ? isNotNull(organisations.archivedAt) : isNull(organisations.archivedAt),
    isNull(organisations.mergedIntoId),
  ];
  conditions.push(matchesSearch(organisations.searchText, filters.q));
  if (filters.type) conditions.push(eq(organisations.type, filters.type));
  if (filters.country) conditions.push(eq(organisations.countryCode, filters.country));
  const where = and(...conditions);
  const total = db.select({ n: count() }).from(organisations).where(where).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / ORGANISATIONS_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const sortName =
    locale === "ar"
      ? sql`coalesce(${organisations.nameAr}, ${organisations.nameFr}, ${organisations.nameEn}, ${organisations.acronym})`
      : locale === "fr"
        ? sql`coalesce(${organisations.nameFr}, ${organisations.nameEn}, ${organisations.nameAr}, ${organisations.acronym})`
        : sql`coalesce(${organisations.nameEn}, ${organisations.nameFr}, ${organisations.nameAr}, ${organisations.acronym})`;
  const rows = db
    .select({
      id: organisations.id,
      nameAr: organisations.nameAr,
      nameFr: organisations.nameFr,
      nameEn: organisations.nameEn,
      acronym: organisations.acronym,
      type: organisations.type,
      countryCode: organisations.countryCode,
      countryNameAr: countries.nameAr,
      countryNameFr: countries.nameFr,
      countryNameEn: countries.nameEn,
      projectCount,
    })
    .from(organisations)
    .leftJoin(countries, eq(countries.code, organisations.countryCode))
    .where(where)
    .orderBy(sortName, asc(organisations.id))
    .limit(ORGANISATIONS_PAGE_SIZE)
    .offset((page - 1) * ORGANISATIONS_PAGE_SIZE)
    .all();
  return { rows, total, page, pageCount };
}

export type OrganisationListRow = ReturnType<typeof fetchOrganisationsPage>["rows"][number];

/**
 * One organisation with what it is part of: its projects and roles, the agreements it is the
 * counterpart of, the meetings where one of its people spoke for it, its people, and its history.
 * Lists the user may not read come back empty. A merged record comes back with `mergedIntoId`.
 * @throws ForbiddenError when the user may not read organisations
 */
export function fetchOrganisation(user: SessionUser, id: number, options: { allowArchived?: boolean } = {}) {
  assertCan(user.role, "read", "organisation");
  const db = getDb();
  const row = db
    .select({ organisation: organisations, countryNameAr: countries.nameAr, countryNameFr: countries.nameFr, countryNameEn: countries.nameEn })
    .from(organisations)
    .leftJoin(countries, eq(countries.code, organisations.countryCode))
    .where(eq(organisations.id, id))
    .get();
  if (!row) return null;
  if (row.organisation.archivedAt && !row.organisation.mergedIntoId && !options.allowArchived) return null;
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
        .all()
    : [];
  return {
    ...row,
    projects: projectRoles,
    agreements: can(user.role, "read", "agreement") ? fetchAgreementsWhere(user, { organisationId: id }) : [],
    meetings: organisationMeetings,
    people: can(user.role, "read", "person") ? fetchPeopleWhere(user, { organisationId: id }) : [],
    history: fetchAuditHistory("organisation", id),
    ...fetchStampNames(row.organisation.createdBy, row.organisation.updatedBy),
  };
}

/**
 * Other organisations a record could be merged with (not archived, not merged away).
 * @throws ForbiddenError when the user may not merge organisations
 */
export function fetchOrganisationMergeCandidates(user: SessionUser, excludeId: number) {
  assertCan(user.role, "merge", "organisation");
  return getDb()
    .select({ id: organisations.id, version: organisations.version, nameAr: organisations.nameAr, nameFr: organisations.nameFr, nameEn: organisations.nameEn, acronym: organisations.acronym, countryCode: organisations.countryCode })
    .from(organisations)
    .where(and(isNull(organisations.archivedAt), isNull(organisations.mergedIntoId), ne(organisations.id, excludeId)))
    .all();
}

/**
 * Organisations of a country (not archived or merged), with the roles they hold on projects.
 * @throws ForbiddenError when the user may not read organisations
 */
export function fetchOrganisationsOfCountry(user: SessionUser, countryCode: string) {
  assertCan(user.role, "read", "organisation");
  return getDb()
    .select({ id: organisations.id, nameAr: organisations.nameAr, nameFr: organisations.nameFr, nameEn: organisations.nameEn, acronym: organisations.acronym, type: organisations.type, projectCount })
    .from(organisations)
    .where(and(eq(organisations.countryCode, countryCode), isNull(organisations.archivedAt), isNull(organisations.mergedIntoId)))
    .orderBy(asc(organisations.id))
    .all();
}

/** Organisations that can be picked (not archived, not merged into another). */
export function fetchOrganisationChoices() {
  return getDb()
    .select({ id: organisations.id, nameAr: organisations.nameAr, nameFr: organisations.nameFr, nameEn: organisations.nameEn, acronym: organisations.acronym })
    .from(organisations)
    .where(and(isNull(organisations.archivedAt), isNull(organisations.mergedIntoId)))
    .orderBy(asc(organisations.id))
    .all();
}

