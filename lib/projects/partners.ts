/**
 * The partners of many projects at once: the one read of project_partners with their
 * organisations' names and the role's IATI code and place in the role list, for the rooms that
 * show projects with their partners (countries, exports, publications, IATI, the projects list).
 * Scope is the caller's: it passes the ids of projects the user may see.
 */
import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organisations, partnerRoles, projectPartners } from "@/db/schema";
import { organisationNameColumns } from "@/lib/organisations/name-columns";
import { groupWithout, inChunks } from "@/lib/read/chunks";

/**
 * Every partner of each project, by project id, in the order recorded (each project's rows by
 * project_partners.id); with `order: "role"`, by the role's place in the role list first
 * (funding, implementation, …), as IATI and the project page list them. Reads 500 ids at a time.
 * @returns Map projectId → `{ organisationId, nameAr, nameFr, nameEn, acronym, organisationType,
 *   partnerRole, iatiRole, rolePosition }[]` (a project without partners is absent)
 */
export function fetchPartnersOf(projectIds: readonly number[], options: { order?: "recorded" | "role" } = {}) {
  const order = options.order === "role" ? [asc(partnerRoles.position), asc(projectPartners.id)] : [asc(projectPartners.id)];
  const rows = inChunks(projectIds, (chunk) =>
    getDb()
      .select({
        projectId: projectPartners.projectId,
        organisationId: organisations.id,
        ...organisationNameColumns,
        organisationType: organisations.type,
        partnerRole: projectPartners.partnerRole,
        iatiRole: partnerRoles.iatiCode,
        rolePosition: partnerRoles.position,
      })
      .from(projectPartners)
      .innerJoin(organisations, eq(organisations.id, projectPartners.organisationId))
      .innerJoin(partnerRoles, eq(partnerRoles.code, projectPartners.partnerRole))
      .where(inArray(projectPartners.projectId, chunk))
      .orderBy(...order)
      .all(),
  );
  return groupWithout(rows, "projectId");
}

/** One partner row of fetchPartnersOf. */
export type ProjectPartnerRow = ReturnType<typeof fetchPartnersOf> extends Map<number, (infer Row)[]> ? Row : never;
