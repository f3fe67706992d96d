"use server";

/**
 * The organisations directory: server actions, each a thin call of the write path
 * (lib/write/run-mutation.ts). A merge moves every reference to the organisation kept, in one
 * transaction.
 */
import type { Idempotent } from "@/lib/write/idempotency";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { recordActions, refuseMergedRecord } from "@/lib/write/record-actions";
import type { RecordVersion } from "@/lib/validation/fields";
import { and, eq } from "drizzle-orm";
import { agreements, meetingCounterparts, meetings, organisations, positions, programmes, projectPartners, projects } from "@/db/schema";
import { repointVersioned, touchVersioned } from "@/lib/write/repoint";
import { NotFoundError, runMutation, updateVersioned, type ActionResult } from "@/lib/write/run-mutation";
import {
  organisationFormSchema,
  organisationMergeSchema,
  organisationUpdateSchema,
  type OrganisationFormValues,
} from "./schema";
import { refreshOrganisationSearchText } from "./search-text";
import { organisationColumns } from "./columns";
import { checkCountry } from "@/lib/write/references";


function revalidateOrganisation(id?: number) {
  revalidatePath("/organisations");
  if (id) revalidatePath(`/organisations/${id}`);
}

const organisationRecords = recordActions({
  resource: "organisation",
  table: organisations,
  entityType: "organisation",
  columns: organisationColumns,
  check: (ctx, values: OrganisationFormValues) => checkCountry(ctx, values.countryCode, "countryCode"),
  refreshSearchText: refreshOrganisationSearchText,
  restoreCheck: refuseMergedRecord(organisations),
  revalidate: revalidateOrganisation,
});

/** Adds an organisation to the directory. @returns its id */
export async function createOrganisation(input: Idempotent<OrganisationFormValues>): Promise<ActionResult<{ id: number }>> {
  return organisationRecords.create(organisationFormSchema, input);
}

/** Saves an edit made on version `version` of organisation `id` ("conflict" when stale). */
export async function updateOrganisation(input: z.input<typeof organisationUpdateSchema>): Promise<ActionResult<{ id: number; version: number }>> {
  return organisationRecords.update(organisationUpdateSchema, input);
}

/** Archives an organisation (supervisors). */
export async function archiveOrganisation(input: RecordVersion): Promise<ActionResult<{ id: number; version: number }>> {
  return organisationRecords.archive(input);
}

/** Brings an archived organisation back (supervisors); not one merged into another. */
export async function restoreOrganisation(input: RecordVersion): Promise<ActionResult<{ id: number; version: number }>> {
  return organisationRecords.restore(input);
}

/**
 * Merges two records of the same organisation: its project roles (a role the kept one already
 * holds on the same project is dropped, the unique index allowing one), the agreements it is the
 * counterpart of, positions, meeting counterparts and programmes it funds move to `keepId`; empty
 * fields of the kept record are filled from the other, which gets `merged_into_id` and
 * `archived_at`. One transaction; audited "merge" on both records.
 */
export async function mergeOrganisations(input: z.input<typeof organisationMergeSchema>): Promise<
  ActionResult<{ keepId: number; moved: Record<string, number> }>
> {
  const result = await runMutation({
    action: "merge",
    resource: "organisation",
    schema: organisationMergeSchema,
    input,
    write: (ctx) => {
      const { keepId, keepVersion, mergeId, mergeVersion } = ctx.data;
      const load = (id: number) => ctx.tx.select().from(organisations).where(eq(organisations.id, id)).get();
      const kept = load(keepId);
      const merged = load(mergeId);
      if (!kept || kept.archivedAt) throw new NotFoundError("organisation", keepId);
      if (!merged || merged.archivedAt) throw new NotFoundError("organisation", mergeId);
      const { tx } = ctx;

      // Every row that referred to the merged organisation now refers to the kept one, with its
      // version bumped and an audit entry (lib/write/repoint.ts).
      let projectRoles = 0;
      const touchedProjects: number[] = [];
      for (const role of tx.select().from(projectPartners).where(eq(projectPartners.organisationId, mergeId)).all()) {
        const duplicate = tx
          .select({ id: projectPartners.id })
          .from(projectPartners)
          .where(and(eq(projectPartners.projectId, role.projectId), eq(projectPartners.organisationId, keepId), eq(projectPartners.partnerRole, role.partnerRole)))
          .get();
        if (duplicate) tx.delete(projectPartners).where(eq(projectPartners.id, role.id)).run();
        else tx.update(projectPartners).set({ organisationId: keepId }).where(eq(projectPartners.id, role.id)).run();
        touchedProjects.push(role.projectId);
        projectRoles += 1;
      }
      touchVersioned(ctx, projects, "project", touchedProjects, { partnerOrganisation: [mergeId, keepId] });
      const counterpartMeetings = tx
        .select({ meetingId: meetingCounterparts.meetingId })
        .from(meetingCounterparts)
        .where(eq(meetingCounterparts.organisationId, mergeId))
        .all()
        .map((r) => r.meetingId);
      const moved = {
        projectRoles,
        agreements: repointVersioned(ctx, agreements, "agreement", agreements.counterpartOrganisationId, "counterpartOrganisationId", mergeId, keepId),
        positions: repointVersioned(ctx, positions, "position", positions.organisationId, "organisationId", mergeId, keepId),
        meetingCounterparts: tx.update(meetingCounterparts).set({ organisationId: keepId }).where(eq(meetingCounterparts.organisationId, mergeId)).run().changes,
        programmes: repointVersioned(ctx, programmes, "programme", programmes.fundingOrganisationId, "fundingOrganisationId", mergeId, keepId),
      };
      touchVersioned(ctx, meetings, "meeting", counterpartMeetings, { counterpartOrganisation: [mergeId, keepId] });
      // Records merged earlier into the one that goes now follow it to the one kept.
      repointVersioned(ctx, organisations, "organisation", organisations.mergedIntoId, "mergedIntoId", mergeId, keepId);

      const filled = {
        nameAr: kept.nameAr ?? merged.nameAr,
        nameFr: kept.nameFr ?? merged.nameFr,
        nameEn: kept.nameEn ?? merged.nameEn,
        acronym: kept.acronym ?? merged.acronym,
        countryCode: kept.countryCode ?? merged.countryCode,
      };
      const keptChanges = updateVersioned(ctx, organisations, "organisation", keepId, keepVersion, filled);
      const mergedChanges = updateVersioned(ctx, organisations, "organisation", mergeId, mergeVersion, { mergedIntoId: keepId, archivedAt: ctx.now });
      refreshOrganisationSearchText(tx, keepId);
      const summary = { keepId, mergeId, mergedName: merged.nameAr ?? merged.nameFr ?? merged.nameEn ?? merged.acronym, moved };
      ctx.audit({ action: "merge", entityType: "organisation", entityId: keepId, changes: { ...summary, fields: keptChanges } });
      ctx.audit({ action: "merge", entityType: "organisation", entityId: mergeId, changes: { ...summary, fields: mergedChanges } });
      return { keepId, moved };
    },
  });
  if (result.ok) {
    revalidateOrganisation(input.keepId);
    revalidatePath(`/organisations/${input.mergeId}`);
    revalidatePath("/agreements");
  }
  return result;
}
