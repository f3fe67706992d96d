"use server";

/**
 * The organisations directory: server actions, each a thin call of the write path
 * (lib/write/run-mutation.ts). A merge moves every reference to the organisation kept, in one
 * transaction.
 */
import { revalidatePath } from "next/cache";
import { and, eq } from "drizzle-orm";
import { agreements, countries, meetingCounterparts, organisations, positions, programmes, projectPartners } from "@/db/schema";
import { createdStamp, NotFoundError, RuleError, runMutation, updateVersioned, type ActionResult, type WriteContext } from "@/lib/write/run-mutation";
import {
  organisationArchiveSchema,
  organisationFormSchema,
  organisationMergeSchema,
  organisationUpdateSchema,
  type OrganisationFormValues,
} from "./schema";
import { refreshOrganisationSearchText } from "./search-text";

function organisationColumns(values: OrganisationFormValues) {
  return {
    nameAr: values.nameAr || null,
    nameFr: values.nameFr || null,
    nameEn: values.nameEn || null,
    acronym: values.acronym || null,
    type: values.type,
    countryCode: values.countryCode || null,
  };
}

function checkCountry(ctx: WriteContext<unknown>, code: string) {
  if (code && !ctx.tx.select({ c: countries.code }).from(countries).where(eq(countries.code, code)).get()) {
    throw new RuleError("invalidOption", "countryCode");
  }
}

function revalidateOrganisation(id?: number) {
  revalidatePath("/organisations");
  if (id) revalidatePath(`/organisations/${id}`);
}

/** Adds an organisation to the directory. @returns its id */
export async function createOrganisation(input: OrganisationFormValues): Promise<ActionResult<{ id: number }>> {
  const result = await runMutation({
    action: "create",
    resource: "organisation",
    schema: organisationFormSchema,
    input,
    write: (ctx) => {
      checkCountry(ctx, ctx.data.countryCode);
      const columns = organisationColumns(ctx.data);
      const { id } = ctx.tx.insert(organisations).values({ ...columns, ...createdStamp(ctx) }).returning({ id: organisations.id }).get();
      refreshOrganisationSearchText(ctx.tx, id);
      ctx.audit({ action: "create", entityType: "organisation", entityId: id, changes: columns });
      return { id };
    },
  });
  if (result.ok) revalidateOrganisation();
  return result;
}

/** Saves an edit made on version `version` of organisation `id` ("conflict" when stale). */
export async function updateOrganisation(input: { id: number; version: number; values: OrganisationFormValues }): Promise<ActionResult<{ id: number; version: number }>> {
  const result = await runMutation({
    action: "update",
    resource: "organisation",
    schema: organisationUpdateSchema,
    input,
    write: (ctx) => {
      const { id, version, values } = ctx.data;
      checkCountry(ctx, values.countryCode);
      const changes = updateVersioned(ctx, organisations, "organisation", id, version, organisationColumns(values));
      refreshOrganisationSearchText(ctx.tx, id);
      ctx.audit({ action: "update", entityType: "organisation", entityId: id, changes });
      return { id, version: version + 1 };
    },
  });
  if (result.ok) revalidateOrganisation(input.id);
  return result;
}

/** Archives an organisation (supervisors). */
export async function archiveOrganisation(input: { id: number; version: number }): Promise<ActionResult<{ id: number }>> {
  const result = await runMutation({
    action: "archive",
    resource: "organisation",
    schema: organisationArchiveSchema,
    input,
    write: (ctx) => {
      const changes = updateVersioned(ctx, organisations, "organisation", ctx.data.id, ctx.data.version, { archivedAt: ctx.now });
      ctx.audit({ action: "archive", entityType: "organisation", entityId: ctx.data.id, changes });
      return { id: ctx.data.id };
    },
  });
  if (result.ok) revalidateOrganisation(input.id);
  return result;
}

/** Brings an archived organisation back (supervisors); not one merged into another. */
export async function restoreOrganisation(input: { id: number; version: number }): Promise<ActionResult<{ id: number }>> {
  const result = await runMutation({
    action: "restore",
    resource: "organisation",
    schema: organisationArchiveSchema,
    input,
    write: (ctx) => {
      const row = ctx.tx.select({ mergedIntoId: organisations.mergedIntoId }).from(organisations).where(eq(organisations.id, ctx.data.id)).get();
      if (row?.mergedIntoId) throw new RuleError("mergedRecord");
      const changes = updateVersioned(ctx, organisations, "organisation", ctx.data.id, ctx.data.version, { archivedAt: null }, { allowArchived: true });
      ctx.audit({ action: "restore", entityType: "organisation", entityId: ctx.data.id, changes });
      return { id: ctx.data.id };
    },
  });
  if (result.ok) revalidateOrganisation(input.id);
  return result;
}

/**
 * Merges two records of the same organisation: its project roles (a role the kept one already
 * holds on the same project is dropped, the unique index allowing one), the agreements it is the
 * counterpart of, positions, meeting counterparts and programmes it funds move to `keepId`; empty
 * fields of the kept record are filled from the other, which gets `merged_into_id` and
 * `archived_at`. One transaction; audited "merge" on both records.
 */
export async function mergeOrganisations(input: { keepId: number; keepVersion: number; mergeId: number; mergeVersion: number }): Promise<
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

      let projectRoles = 0;
      for (const role of tx.select().from(projectPartners).where(eq(projectPartners.organisationId, mergeId)).all()) {
        const duplicate = tx
          .select({ id: projectPartners.id })
          .from(projectPartners)
          .where(and(eq(projectPartners.projectId, role.projectId), eq(projectPartners.organisationId, keepId), eq(projectPartners.partnerRole, role.partnerRole)))
          .get();
        if (duplicate) tx.delete(projectPartners).where(eq(projectPartners.id, role.id)).run();
        else tx.update(projectPartners).set({ organisationId: keepId }).where(eq(projectPartners.id, role.id)).run();
        projectRoles += 1;
      }
      const moved = {
        projectRoles,
        agreements: tx.update(agreements).set({ counterpartOrganisationId: keepId }).where(eq(agreements.counterpartOrganisationId, mergeId)).run().changes,
        positions: tx.update(positions).set({ organisationId: keepId }).where(eq(positions.organisationId, mergeId)).run().changes,
        meetingCounterparts: tx.update(meetingCounterparts).set({ organisationId: keepId }).where(eq(meetingCounterparts.organisationId, mergeId)).run().changes,
        programmes: tx.update(programmes).set({ fundingOrganisationId: keepId }).where(eq(programmes.fundingOrganisationId, mergeId)).run().changes,
      };
      tx.update(organisations).set({ mergedIntoId: keepId }).where(eq(organisations.mergedIntoId, mergeId)).run();

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
