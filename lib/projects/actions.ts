"use server";

/**
 * Projects: server actions. Each is a thin call of the write path (lib/write/run-mutation.ts) with
 * the shared schema of lib/projects/schema.ts. A project is saved with its partners, objectives and
 * phases as one versioned whole.
 */
import type { Idempotent } from "@/lib/write/idempotency";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import { recordArchiving } from "@/lib/write/record-actions";
import { organisations, partnerRoles, programmes, projectObjectives, projectPartners, projectPhaseRows, projects } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import { buildSearchText } from "@/lib/text/normalize-arabic";
import type { RecordVersion } from "@/lib/validation/fields";
import { checkCountry, checkOrganisation } from "@/lib/write/references";
import { createdStamp, RuleError, runMutation, updateVersioned, type ActionResult, type WriteContext } from "@/lib/write/run-mutation";
import { revalidateProjects } from "./paths";
import { projectFormSchema, projectUpdateSchema, type ProjectFormValues } from "./schema";
import { phaseColumns, projectColumns } from "./columns";
import { organisationColumns } from "@/lib/organisations/columns";

type Ctx = WriteContext<unknown>;

const projectArchiving = recordArchiving({
  resource: "project",
  table: projects,
  entityType: "project",
  archiveScope: (data) => ({ project: data.id }),
  restoreScope: (data) => ({ project: data.id, includeArchived: true }),
  revalidate: (id) => revalidateProjects(id),
});

function checkProjectReferences(ctx: Ctx, values: ProjectFormValues): void {
  checkCountry(ctx, values.partnerCountryCode, "partnerCountryCode");
  if (values.programmeId) {
    const programme = ctx.tx
      .select({ id: programmes.id })
      .from(programmes)
      .where(and(eq(programmes.id, Number(values.programmeId)), isNull(programmes.archivedAt)))
      .get();
    if (!programme) throw new RuleError("invalidOption", "programmeId");
  }
  const knownRoles = new Set(ctx.tx.select({ code: partnerRoles.code }).from(partnerRoles).all().map((r) => r.code));
  values.partners.forEach((partner, index) => {
    checkOrganisation(ctx, partner.organisationId, `partners.${index}.organisationId`);
    if (!partner.organisationId) checkCountry(ctx, partner.newOrganisation.countryCode, `partners.${index}.newOrganisation.countryCode`);
    if (partner.roles.some((role) => !knownRoles.has(role))) throw new RuleError("invalidOption", `partners.${index}.roles`);
  });
}

type ChildrenSummary = {
  partners: { organisationId: number; role: string }[];
  objectives: string[];
  phases: { phase: string; plannedMonths: number | null; plannedStart: string | null; plannedEnd: string | null }[];
};

function readChildren(ctx: Ctx, projectId: number): ChildrenSummary {
  const { tx } = ctx;
  return {
    partners: tx
      .select({ organisationId: projectPartners.organisationId, role: projectPartners.partnerRole })
      .from(projectPartners)
      .where(eq(projectPartners.projectId, projectId))
      .orderBy(asc(projectPartners.id))
      .all(),
    objectives: tx
      .select({ text: projectObjectives.text })
      .from(projectObjectives)
      .where(eq(projectObjectives.projectId, projectId))
      .orderBy(asc(projectObjectives.position))
      .all()
      .map((o) => o.text),
    phases: tx
      .select({
        phase: projectPhaseRows.phase,
        plannedMonths: projectPhaseRows.plannedMonths,
        plannedStart: projectPhaseRows.plannedStart,
        plannedEnd: projectPhaseRows.plannedEnd,
      })
      .from(projectPhaseRows)
      .where(eq(projectPhaseRows.projectId, projectId))
      .orderBy(asc(projectPhaseRows.position))
      .all(),
  };
}

/**
 * Replaces a project's partners (creating organisations typed in inline), objectives and phases
 * with the form's. One `project_partners` row per organisation and role.
 * @returns what was written, for the audit entry
 */
function writeProjectChildren(ctx: Ctx, projectId: number, values: ProjectFormValues): ChildrenSummary {
  const { tx } = ctx;
  tx.delete(projectPartners).where(eq(projectPartners.projectId, projectId)).run();
  tx.delete(projectObjectives).where(eq(projectObjectives.projectId, projectId)).run();
  tx.delete(projectPhaseRows).where(eq(projectPhaseRows.projectId, projectId)).run();

  const written = new Set<string>();
  for (const partner of values.partners) {
    let organisationId = Number(partner.organisationId);
    if (!partner.organisationId) {
      if (!can(ctx.user.role, "create", "organisation")) throw new RuleError("forbidden");
      const typed = partner.newOrganisation;
      const columns = organisationColumns(typed);
      organisationId = tx
        .insert(organisations)
        .values({ ...columns, searchText: buildSearchText([typed.nameAr, typed.nameFr, typed.nameEn, typed.acronym]), ...createdStamp(ctx) })
        .returning({ id: organisations.id })
        .get().id;
      ctx.audit({ action: "create", entityType: "organisation", entityId: organisationId, changes: columns });
    }
    for (const role of partner.roles) {
      // The same organisation picked twice would break the unique index: the schema refuses it for
      // known ids, and an inline organisation is always new.
      const key = `${organisationId}/${role}`;
      if (written.has(key)) continue;
      written.add(key);
      tx.insert(projectPartners).values({ projectId, organisationId, partnerRole: role, note: partner.note || null }).run();
    }
  }
  values.objectives.forEach((objective, index) => {
    tx.insert(projectObjectives).values({ projectId, position: index + 1, text: objective.text }).run();
  });
  values.phases.forEach((phase, index) => {
    tx.insert(projectPhaseRows).values({ projectId, ...phaseColumns(phase), position: index + 1 }).run();
  });
  return readChildren(ctx, projectId);
}

/** Records a new project with its partners, objectives and phases. @returns its id */
export async function createProject(input: Idempotent<ProjectFormValues>): Promise<ActionResult<{ id: number }>> {
  const result = await runMutation({
    action: "create",
    resource: "project",
    schema: projectFormSchema,
    scope: "new",
    input,
    write: (ctx) => {
      checkProjectReferences(ctx, ctx.data);
      const { searchText, ...columns } = projectColumns(ctx.data);
      const { id } = ctx.tx
        .insert(projects)
        .values({ ...columns, searchText, ...createdStamp(ctx) })
        .returning({ id: projects.id })
        .get();
      const children = writeProjectChildren(ctx, id, ctx.data);
      ctx.audit({ action: "create", entityType: "project", entityId: id, changes: { ...columns, ...children } });
      return { id };
    },
  });
  if (result.ok) revalidateProjects(result.data.id, input.programmeId ? Number(input.programmeId) : null);
  return result;
}

/**
 * Saves an edit made on version `version` of project `id`, with its partners, objectives and
 * phases. A stale version is refused with error "conflict" and nothing is written.
 */
export async function updateProject(input: z.input<typeof projectUpdateSchema>): Promise<ActionResult<{ id: number; version: number }>> {
  const result = await runMutation({
    action: "update",
    resource: "project",
    schema: projectUpdateSchema,
    scope: (data) => ({ project: data.id }),
    input,
    write: (ctx) => {
      const { id, version, values } = ctx.data;
      checkProjectReferences(ctx, values);
      const before = readChildren(ctx, id);
      const changes: Record<string, unknown> = updateVersioned(ctx, projects, "project", id, version, projectColumns(values));
      const after = writeProjectChildren(ctx, id, values);
      for (const key of ["partners", "objectives", "phases"] as const) {
        if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = [before[key], after[key]];
      }
      ctx.audit({ action: "update", entityType: "project", entityId: id, changes });
      return { id, version: version + 1 };
    },
  });
  if (result.ok) revalidateProjects(input.id, input.values.programmeId ? Number(input.values.programmeId) : null);
  return result;
}

/** Archives a project (supervisors): it leaves lists but stays in the database and the audit. */
export async function archiveProject(input: RecordVersion): Promise<ActionResult<{ id: number; version: number }>> {
  return projectArchiving.archive(input);
}

/** Brings an archived project back into the lists (supervisors). */
export async function restoreProject(input: RecordVersion): Promise<ActionResult<{ id: number; version: number }>> {
  return projectArchiving.restore(input);
}
