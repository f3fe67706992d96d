"use server";

/**
 * Programmes, projects and milestones: server actions. Each is a thin call of the write path
 * (lib/write/run-mutation.ts) with the shared schema of lib/projects/schema.ts. A project is
 * saved with its partners, objectives and phases as one versioned whole; each milestone carries
 * its own version, so two people can work on different milestones of the same project.
 */
import { revalidatePath } from "next/cache";
import { and, asc, eq, isNull } from "drizzle-orm";
import {
  activities,
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
} from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import { buildSearchText } from "@/lib/text/normalize-arabic";
import { todayIn } from "@/lib/dates/partial-date";
import {
  createdStamp,
  NotFoundError,
  RuleError,
  runMutation,
  updateVersioned,
  type ActionResult,
  type WriteContext,
} from "@/lib/write/run-mutation";
import { parseMoney } from "@/lib/money/money";
import {
  milestoneCreateSchema,
  milestoneUpdateSchema,
  programmeFormSchema,
  programmeUpdateSchema,
  projectFormSchema,
  projectUpdateSchema,
  recordVersionSchema,
  type MilestoneFormValues,
  type PartialDateInput,
  type ProgrammeFormValues,
  type ProjectFormValues,
} from "./schema";

type Ctx = WriteContext<unknown>;

const dateOrNull = (input: PartialDateInput) => input.value || null;

function checkCountry(ctx: Ctx, code: string, field: string): void {
  if (code && !ctx.tx.select({ c: countries.code }).from(countries).where(eq(countries.code, code)).get()) {
    throw new RuleError("invalidOption", field);
  }
}

function checkOrganisation(ctx: Ctx, id: string, field: string): void {
  if (!id) return;
  const found = ctx.tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.id, Number(id)), isNull(organisations.archivedAt)))
    .get();
  if (!found) throw new RuleError("invalidOption", field);
}

/**
 * The project, if it exists, is not archived and is within the user's scope (a committee member's
 * own projects); otherwise NotFoundError, so that nothing tells whether it exists.
 */
function assertProjectInScope(ctx: Ctx, projectId: number): void {
  const project = ctx.tx
    .select({ id: projects.id })
    .from(projects)
    .where(and(eq(projects.id, projectId), isNull(projects.archivedAt)))
    .get();
  if (!project) throw new NotFoundError("project", projectId);
  if (ctx.user.role === "committee") {
    const member = ctx.tx
      .select({ projectId: steeringCommitteeMemberships.projectId })
      .from(steeringCommitteeMemberships)
      .where(and(eq(steeringCommitteeMemberships.projectId, projectId), eq(steeringCommitteeMemberships.userId, ctx.user.id)))
      .get();
    if (!member) throw new NotFoundError("project", projectId);
  }
}

function revalidateProjects(projectId?: number, programmeId?: number | null): void {
  revalidatePath("/projects");
  if (projectId) revalidatePath(`/projects/${projectId}`);
  if (programmeId) revalidatePath(`/programmes/${programmeId}`);
}

// ---------------------------------------------------------------------------------------------
// Programmes
// ---------------------------------------------------------------------------------------------

function programmeColumns(values: ProgrammeFormValues) {
  return {
    nameAr: values.nameAr || null,
    nameFr: values.nameFr || null,
    nameEn: values.nameEn || null,
    acronym: values.acronym || null,
    countryCode: values.countryCode || null,
    fundingOrganisationId: values.fundingOrganisationId ? Number(values.fundingOrganisationId) : null,
    plannedStart: dateOrNull(values.plannedStart),
    plannedEnd: dateOrNull(values.plannedEnd),
  };
}

function checkProgrammeReferences(ctx: Ctx, values: ProgrammeFormValues): void {
  checkCountry(ctx, values.countryCode, "countryCode");
  checkOrganisation(ctx, values.fundingOrganisationId, "fundingOrganisationId");
}

/** Creates a programme. @returns its id */
export async function createProgramme(input: ProgrammeFormValues): Promise<ActionResult<{ id: number }>> {
  const result = await runMutation({
    action: "create",
    resource: "programme",
    schema: programmeFormSchema,
    input,
    write: (ctx) => {
      checkProgrammeReferences(ctx, ctx.data);
      const columns = programmeColumns(ctx.data);
      const { id } = ctx.tx.insert(programmes).values({ ...columns, ...createdStamp(ctx) }).returning({ id: programmes.id }).get();
      ctx.audit({ action: "create", entityType: "programme", entityId: id, changes: columns });
      return { id };
    },
  });
  if (result.ok) revalidatePath("/programmes");
  return result;
}

/** Saves an edit made on version `version` of programme `id`; a stale version is refused ("conflict"). */
export async function updateProgramme(input: {
  id: number;
  version: number;
  values: ProgrammeFormValues;
}): Promise<ActionResult<{ id: number; version: number }>> {
  const result = await runMutation({
    action: "update",
    resource: "programme",
    schema: programmeUpdateSchema,
    input,
    write: (ctx) => {
      const { id, version, values } = ctx.data;
      checkProgrammeReferences(ctx, values);
      const changes = updateVersioned(ctx, programmes, "programme", id, version, programmeColumns(values));
      ctx.audit({ action: "update", entityType: "programme", entityId: id, changes });
      return { id, version: version + 1 };
    },
  });
  if (result.ok) {
    revalidatePath("/programmes");
    revalidatePath(`/programmes/${input.id}`);
    revalidatePath("/projects");
  }
  return result;
}

/**
 * Archives a programme (supervisors). Refused with `programmeHasProjects` while projects that are
 * not archived still belong to it.
 */
export async function archiveProgramme(input: { id: number; version: number }): Promise<ActionResult<{ id: number }>> {
  const result = await runMutation({
    action: "archive",
    resource: "programme",
    schema: recordVersionSchema,
    input,
    write: (ctx) => {
      const active = ctx.tx
        .select({ id: projects.id })
        .from(projects)
        .where(and(eq(projects.programmeId, ctx.data.id), isNull(projects.archivedAt)))
        .get();
      if (active) throw new RuleError("programmeHasProjects");
      const changes = updateVersioned(ctx, programmes, "programme", ctx.data.id, ctx.data.version, { archivedAt: ctx.now });
      ctx.audit({ action: "archive", entityType: "programme", entityId: ctx.data.id, changes });
      return { id: ctx.data.id };
    },
  });
  if (result.ok) {
    revalidatePath("/programmes");
    revalidatePath(`/programmes/${input.id}`);
  }
  return result;
}

/** Brings an archived programme back (supervisors). */
export async function restoreProgramme(input: { id: number; version: number }): Promise<ActionResult<{ id: number; version: number }>> {
  const result = await runMutation({
    action: "restore",
    resource: "programme",
    schema: recordVersionSchema,
    input,
    write: (ctx) => {
      const changes = updateVersioned(ctx, programmes, "programme", ctx.data.id, ctx.data.version, { archivedAt: null }, { allowArchived: true });
      ctx.audit({ action: "restore", entityType: "programme", entityId: ctx.data.id, changes });
      return { id: ctx.data.id, version: ctx.data.version + 1 };
    },
  });
  if (result.ok) {
    revalidatePath("/programmes");
    revalidatePath(`/programmes/${input.id}`);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Projects
// ---------------------------------------------------------------------------------------------

/** Form strings → project columns ("" → null). */
function projectColumns(values: ProjectFormValues) {
  const amount = parseMoney(values.budgetAmount);
  return {
    acronym: values.acronym || null,
    titleAr: values.titleAr || null,
    titleFr: values.titleFr || null,
    titleEn: values.titleEn || null,
    partnerCountryCode: values.partnerCountryCode || null,
    programmeId: values.programmeId ? Number(values.programmeId) : null,
    status: values.status,
    plannedStart: dateOrNull(values.plannedStart),
    plannedEnd: dateOrNull(values.plannedEnd),
    actualStart: dateOrNull(values.actualStart),
    actualEnd: dateOrNull(values.actualEnd),
    budgetHundredths: amount,
    budgetCurrency: amount === null ? null : values.budgetCurrency || null,
    budgetKind: amount === null ? null : values.budgetKind,
    fundingSource: values.fundingSource || null,
    notes: values.notes || null,
    searchText: buildSearchText([values.acronym, values.titleAr, values.titleFr, values.titleEn, values.fundingSource]),
  };
}

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
      const columns = {
        nameAr: typed.nameAr || null,
        nameFr: typed.nameFr || null,
        nameEn: typed.nameEn || null,
        acronym: typed.acronym || null,
        type: typed.type,
        countryCode: typed.countryCode || null,
      };
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
    tx.insert(projectPhaseRows)
      .values({
        projectId,
        phase: phase.phase,
        plannedMonths: phase.plannedMonths ? Number(phase.plannedMonths) : null,
        plannedStart: dateOrNull(phase.plannedStart),
        plannedEnd: dateOrNull(phase.plannedEnd),
        position: index + 1,
      })
      .run();
  });
  return readChildren(ctx, projectId);
}

/** Records a new project with its partners, objectives and phases. @returns its id */
export async function createProject(input: ProjectFormValues): Promise<ActionResult<{ id: number }>> {
  const result = await runMutation({
    action: "create",
    resource: "project",
    schema: projectFormSchema,
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
export async function updateProject(input: {
  id: number;
  version: number;
  values: ProjectFormValues;
}): Promise<ActionResult<{ id: number; version: number }>> {
  const result = await runMutation({
    action: "update",
    resource: "project",
    schema: projectUpdateSchema,
    input,
    write: (ctx) => {
      const { id, version, values } = ctx.data;
      assertProjectInScope(ctx, id);
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
export async function archiveProject(input: { id: number; version: number }): Promise<ActionResult<{ id: number }>> {
  const result = await runMutation({
    action: "archive",
    resource: "project",
    schema: recordVersionSchema,
    input,
    write: (ctx) => {
      const changes = updateVersioned(ctx, projects, "project", ctx.data.id, ctx.data.version, { archivedAt: ctx.now });
      ctx.audit({ action: "archive", entityType: "project", entityId: ctx.data.id, changes });
      return { id: ctx.data.id };
    },
  });
  if (result.ok) revalidateProjects(input.id);
  return result;
}

/** Brings an archived project back into the lists (supervisors). */
export async function restoreProject(input: { id: number; version: number }): Promise<ActionResult<{ id: number; version: number }>> {
  const result = await runMutation({
    action: "restore",
    resource: "project",
    schema: recordVersionSchema,
    input,
    write: (ctx) => {
      const changes = updateVersioned(ctx, projects, "project", ctx.data.id, ctx.data.version, { archivedAt: null }, { allowArchived: true });
      ctx.audit({ action: "restore", entityType: "project", entityId: ctx.data.id, changes });
      return { id: ctx.data.id, version: ctx.data.version + 1 };
    },
  });
  if (result.ok) revalidateProjects(input.id);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Milestones
// ---------------------------------------------------------------------------------------------

/** Form strings → activity columns ("" → null). */
function milestoneColumns(values: MilestoneFormValues) {
  return {
    title: values.title,
    kind: values.kind,
    plannedOn: dateOrNull(values.plannedOn),
    plannedEndOn: values.plannedEndOn || null,
    actualOn: dateOrNull(values.actualOn),
    city: values.city || null,
    countryCode: values.countryCode || null,
    status: values.status,
    notes: values.notes || null,
    meetingId: values.meetingId ? Number(values.meetingId) : null,
  };
}

function checkMilestoneReferences(ctx: Ctx, values: MilestoneFormValues): void {
  checkCountry(ctx, values.countryCode, "countryCode");
  if (values.meetingId) {
    const meeting = can(ctx.user.role, "read", "meeting")
      ? ctx.tx
          .select({ id: meetings.id })
          .from(meetings)
          .where(and(eq(meetings.id, Number(values.meetingId)), isNull(meetings.archivedAt)))
          .get()
      : undefined;
    if (!meeting) throw new RuleError("invalidOption", "meetingId");
  }
}

/** The project of a milestone that exists and is not archived; NotFoundError otherwise. */
function milestoneProject(ctx: Ctx, milestoneId: number): number {
  const row = ctx.tx
    .select({ projectId: activities.projectId })
    .from(activities)
    .where(and(eq(activities.id, milestoneId), isNull(activities.archivedAt)))
    .get();
  if (!row) throw new NotFoundError("activity", milestoneId);
  assertProjectInScope(ctx, row.projectId);
  return row.projectId;
}

/** Adds a milestone to a project (placed after the others). @returns its id */
export async function createMilestone(input: {
  projectId: number;
  values: MilestoneFormValues;
}): Promise<ActionResult<{ id: number; projectId: number }>> {
  const result = await runMutation({
    action: "create",
    resource: "milestone",
    schema: milestoneCreateSchema,
    input,
    write: (ctx) => {
      const { projectId, values } = ctx.data;
      assertProjectInScope(ctx, projectId);
      checkMilestoneReferences(ctx, values);
      const last = ctx.tx
        .select({ position: activities.position })
        .from(activities)
        .where(eq(activities.projectId, projectId))
        .orderBy(asc(activities.position))
        .all()
        .at(-1);
      const columns = { ...milestoneColumns(values), projectId, position: (last?.position ?? 0) + 1 };
      const { id } = ctx.tx.insert(activities).values({ ...columns, ...createdStamp(ctx) }).returning({ id: activities.id }).get();
      ctx.audit({ action: "create", entityType: "activity", entityId: id, changes: columns });
      return { id, projectId };
    },
  });
  if (result.ok) revalidateProjects(input.projectId);
  return result;
}

/** Saves an edit of one milestone made on its version `version`; a stale version is refused. */
export async function updateMilestone(input: {
  id: number;
  version: number;
  values: MilestoneFormValues;
}): Promise<ActionResult<{ id: number; version: number; projectId: number }>> {
  const result = await runMutation({
    action: "update",
    resource: "milestone",
    schema: milestoneUpdateSchema,
    input,
    write: (ctx) => {
      const { id, version, values } = ctx.data;
      const projectId = milestoneProject(ctx, id);
      checkMilestoneReferences(ctx, values);
      const changes = updateVersioned(ctx, activities, "activity", id, version, milestoneColumns(values));
      ctx.audit({ action: "update", entityType: "activity", entityId: id, changes });
      return { id, version: version + 1, projectId };
    },
  });
  if (result.ok) revalidateProjects(result.data.projectId);
  return result;
}

/**
 * Marks one milestone done. When it has no actual date yet, today's date in Morocco
 * (Africa/Casablanca, YYYY-MM-DD) is recorded as its actual date; one already set is kept.
 * @returns the milestone's new version; errors "conflict" (changed since loaded), "notFound"
 */
export async function markMilestoneDone(input: { id: number; version: number }): Promise<ActionResult<{ id: number; version: number; projectId: number }>> {
  const result = await runMutation({
    action: "update",
    resource: "milestone",
    schema: recordVersionSchema,
    input,
    write: (ctx) => {
      const { id, version } = ctx.data;
      const projectId = milestoneProject(ctx, id);
      const { actualOn } = ctx.tx.select({ actualOn: activities.actualOn }).from(activities).where(eq(activities.id, id)).get()!;
      const changes = updateVersioned(ctx, activities, "activity", id, version, {
        status: "done",
        ...(actualOn ? {} : { actualOn: todayIn("Africa/Casablanca", new Date(ctx.now)) }),
      });
      ctx.audit({ action: "update", entityType: "activity", entityId: id, changes });
      return { id, version: version + 1, projectId };
    },
  });
  if (result.ok) revalidateProjects(result.data.projectId);
  return result;
}
