/**
 * Programmes: server-only reads. Each takes the current user and asks the permission table first
 * (ForbiddenError when refused). Archived programmes are left out unless asked for by someone who
 * may restore them. A programme's projects come from lib/projects/queries (with the user's scope).
 */
import "server-only";
import { countryNameColumns } from "@/lib/countries/name-columns";
import { and, asc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { countries, organisations, programmes} from "@/db/schema";
import { fetchAuditHistory, fetchStampNames } from "@/lib/audit/history";
import { assertCan, can } from "@/lib/auth/permissions";
import { recordAbilities } from "@/lib/auth/abilities";
import type { SessionUser } from "@/lib/auth/session";
import { fetchAllCountries } from "@/lib/countries/reference";

/**
 * Programmes (not archived, or only archived ones when asked by someone who may restore), each
 * with the number of its projects the user may see.
 * @throws ForbiddenError when the user may not read programmes
 */
export function fetchProgrammes(user: SessionUser, options: { archived?: boolean } = {}) {
  assertCan(user.role, "read", "programme");
  const showArchived = options.archived === true && can(user.role, "restore", "programme");
  return getDb()
    .select({
      id: programmes.id,
      nameAr: programmes.nameAr,
      nameFr: programmes.nameFr,
      nameEn: programmes.nameEn,
      acronym: programmes.acronym,
      plannedStart: programmes.plannedStart,
      plannedEnd: programmes.plannedEnd,
      countryCode: programmes.countryCode,
      ...countryNameColumns,
      projectCount: sql<number>`(select count(*) from projects p where p.programme_id = "programmes"."id" and p.archived_at is null)`,
    })
    .from(programmes)
    .leftJoin(countries, eq(countries.code, programmes.countryCode))
    .where(showArchived ? isNotNull(programmes.archivedAt) : isNull(programmes.archivedAt))
    .orderBy(asc(programmes.countryCode), asc(programmes.id))
    .all();
}

/**
 * One programme with its country, funding organisation and history. Its projects come from
 * `fetchProjectsPage(user, { programme: id })`, which applies the user's scope.
 * @param options.includeArchived also return an archived programme (for those who may restore it)
 * @returns null when missing (or archived)
 * @throws ForbiddenError when the user may not read programmes
 */
export function fetchProgramme(user: SessionUser, id: number, options: { includeArchived?: boolean } = {}) {
  assertCan(user.role, "read", "programme");
  const db = getDb();
  const found = db
    .select({
      programme: programmes,
      ...countryNameColumns,
      funderNameAr: organisations.nameAr,
      funderNameFr: organisations.nameFr,
      funderNameEn: organisations.nameEn,
      funderAcronym: organisations.acronym,
    })
    .from(programmes)
    .leftJoin(countries, eq(countries.code, programmes.countryCode))
    .leftJoin(organisations, eq(organisations.id, programmes.fundingOrganisationId))
    .where(
      and(
        eq(programmes.id, id),
        options.includeArchived && can(user.role, "restore", "programme") ? undefined : isNull(programmes.archivedAt),
      ),
    )
    .get();
  if (!found) return null;
  return {
    abilities: {
      ...recordAbilities(user, "programme", found.programme.archivedAt !== null),
      createProject: found.programme.archivedAt === null && can(user.role, "create", "project"),
    },
    ...found,
    ...fetchStampNames(found.programme.createdBy, found.programme.updatedBy),
    ...fetchAuditHistory("programme", id),
  };
}

/**
 * Choices for the programme form: countries (the funder is picked as the user types, lib/choices).
 * @throws ForbiddenError when the user may not read programmes
 */
export function fetchProgrammeFormOptions(user: SessionUser) {
  assertCan(user.role, "read", "programme");
  // Organisations are many: the funder picker asks the server (lib/choices) as the user types.
  return { countries: fetchAllCountries() };
}
