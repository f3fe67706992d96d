"use server";

/**
 * Programmes: server actions. Each is a thin call of the write path (lib/write/run-mutation.ts)
 * with the shared schema of lib/programmes/schema.ts.
 */
import type { Idempotent } from "@/lib/write/idempotency";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { archiveRecord, restoreRecord } from "@/lib/write/archive";
import { and, eq, isNull } from "drizzle-orm";
import { programmes, projects } from "@/db/schema";
import { recordVersionSchema, type RecordVersion } from "@/lib/validation/fields";
import { checkCountry, checkOrganisation } from "@/lib/write/references";
import { createdStamp, RuleError, runMutation, updateVersioned, type ActionResult, type WriteContext } from "@/lib/write/run-mutation";
import { programmeFormSchema, programmeUpdateSchema, type ProgrammeFormValues } from "./schema";
import { programmeColumns } from "./columns";

type Ctx = WriteContext<unknown>;



function checkProgrammeReferences(ctx: Ctx, values: ProgrammeFormValues): void {
  checkCountry(ctx, values.countryCode, "countryCode");
  checkOrganisation(ctx, values.fundingOrganisationId, "fundingOrganisationId");
}

/** Creates a programme. @returns its id */
export async function createProgramme(input: Idempotent<ProgrammeFormValues>): Promise<ActionResult<{ id: number }>> {
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
export async function updateProgramme(input: z.input<typeof programmeUpdateSchema>): Promise<ActionResult<{ id: number; version: number }>> {
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
export async function archiveProgramme(input: RecordVersion): Promise<ActionResult<{ id: number; version: number }>> {
  const result = await archiveRecord({
    resource: "programme",
    table: programmes,
    entityType: "programme",
    check: (ctx) => {
      const active = ctx.tx
        .select({ id: projects.id })
        .from(projects)
        .where(and(eq(projects.programmeId, ctx.data.id), isNull(projects.archivedAt)))
        .get();
      if (active) throw new RuleError("programmeHasProjects");
    },
    input,
  });
  if (result.ok) {
    revalidatePath("/programmes");
    revalidatePath(`/programmes/${input.id}`);
  }
  return result;
}

/** Brings an archived programme back (supervisors). */
export async function restoreProgramme(input: RecordVersion): Promise<ActionResult<{ id: number; version: number }>> {
  const result = await restoreRecord({
    resource: "programme",
    table: programmes,
    entityType: "programme",
    input,
  });
  if (result.ok) {
    revalidatePath("/programmes");
    revalidatePath(`/programmes/${input.id}`);
  }
  return result;
}
