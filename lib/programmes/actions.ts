"use server";

/**
 * Programmes: server actions. Each is a thin call of the write path (lib/write/run-mutation.ts)
 * with the shared schema of lib/programmes/schema.ts.
 */
import type { Idempotent } from "@/lib/write/idempotency";
import type { z } from "zod";
import { recordActions, revalidateListAndRecord } from "@/lib/write/record-actions";
import { and, eq, isNull } from "drizzle-orm";
import { programmes, projects } from "@/db/schema";
import type { RecordVersion } from "@/lib/validation/fields";
import { checkCountry, checkOrganisation } from "@/lib/write/references";
import { RuleError, type ActionResult, type WriteContext } from "@/lib/write/run-mutation";
import { programmeFormSchema, programmeUpdateSchema, type ProgrammeFormValues } from "./schema";
import { programmeColumns } from "./columns";

type Ctx = WriteContext<unknown>;

function checkProgrammeReferences(ctx: Ctx, values: ProgrammeFormValues): void {
  checkCountry(ctx, values.countryCode, "countryCode");
  checkOrganisation(ctx, values.fundingOrganisationId, "fundingOrganisationId");
}

const programmeRecords = recordActions({
  resource: "programme",
  table: programmes,
  entityType: "programme",
  columns: programmeColumns,
  check: checkProgrammeReferences,
  archiveCheck: (ctx) => {
    const active = ctx.tx
      .select({ id: projects.id })
      .from(projects)
      .where(and(eq(projects.programmeId, ctx.data.id), isNull(projects.archivedAt)))
      .get();
    if (active) throw new RuleError("programmeHasProjects");
  },
  // A programme's name shows on its projects' pages.
  revalidate: revalidateListAndRecord("/programmes", ["/projects"], ["update"]),
});

/** Creates a programme. @returns its id */
export async function createProgramme(input: Idempotent<ProgrammeFormValues>): Promise<ActionResult<{ id: number }>> {
  return programmeRecords.create(programmeFormSchema, input);
}

/** Saves an edit made on version `version` of programme `id`; a stale version is refused ("conflict"). */
export async function updateProgramme(input: z.input<typeof programmeUpdateSchema>): Promise<ActionResult<{ id: number; version: number }>> {
  return programmeRecords.update(programmeUpdateSchema, input);
}

/**
 * Archives a programme (supervisors). Refused with `programmeHasProjects` while projects that are
 * not archived still belong to it.
 */
export async function archiveProgramme(input: RecordVersion): Promise<ActionResult<{ id: number; version: number }>> {
  return programmeRecords.archive(input);
}

/** Brings an archived programme back (supervisors). */
export async function restoreProgramme(input: RecordVersion): Promise<ActionResult<{ id: number; version: number }>> {
  return programmeRecords.restore(input);
}
