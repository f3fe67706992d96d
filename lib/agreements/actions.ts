"use server";

/**
 * Agreements: server actions, each a thin call of the write path (lib/write/run-mutation.ts).
 * The signing status moves only through `recordAgreementTransition`, which enforces the workflow
 * of lib/agreements/workflow.ts.
 */
import { noticeAgreementStatus } from "@/lib/notifications/record-events";
import type { Idempotent } from "@/lib/write/idempotency";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { insertRecord, recordArchiving, saveRecordEdit } from "@/lib/write/record-actions";
import type { RecordVersion } from "@/lib/validation/fields";
import { and, desc, eq, isNotNull } from "drizzle-orm";
import { agreementStatusChanges, agreements } from "@/db/schema";
import { checkCountry, checkOrganisation } from "@/lib/write/references";
import { firstDay, mayFollow, todayIn } from "@/lib/dates/partial-date";
import { NotFoundError, RuleError, runMutation, updateVersioned, type ActionResult, type WriteContext } from "@/lib/write/run-mutation";
import {
  agreementCreateSchema,
  agreementTransitionSchema,
  agreementUpdateSchema,
  signedOnRule,
  type AgreementCreateValues,
  type AgreementFormValues,
} from "./schema";
import { refreshAgreementSearchText } from "./search-text";
import { canTransition, dateColumnOf } from "./workflow";
import { agreementColumns } from "./columns";

/** Refuses references to rows that do not exist (or were archived), on the field concerned. */
function checkReferences(ctx: WriteContext<unknown>, values: AgreementFormValues): void {
  checkCountry(ctx, values.counterpartCountryCode, "counterpartCountryCode");
  checkOrganisation(ctx, values.counterpartOrganisationId, "counterpartOrganisationId");
}

function revalidateAgreement(id?: number) {
  revalidatePath("/agreements");
  if (id) revalidatePath(`/agreements/${id}`);
}

const agreementRecord = { table: agreements, entityType: "agreement", refreshSearchText: refreshAgreementSearchText };
const agreementArchiving = recordArchiving({ ...agreementRecord, resource: "agreement", revalidate: revalidateAgreement });

/**
 * Records a new agreement in the status chosen on the form, with the first step of its history,
 * dated by the status's own date column when it has one (signed → signed_on ...), else `statusOn`,
 * else today (Casablanca).
 * @returns the new agreement's id
 */
export async function createAgreement(input: Idempotent<AgreementCreateValues>): Promise<ActionResult<{ id: number }>> {
  const result = await runMutation({
    action: "create",
    resource: "agreement",
    schema: agreementCreateSchema,
    input,
    write: (ctx) => {
      checkReferences(ctx, ctx.data);
      const columns = { ...agreementColumns(ctx.data), signingStatus: ctx.data.signingStatus };
      const id = insertRecord(ctx, agreementRecord, columns);
      const dateColumn = dateColumnOf(ctx.data.signingStatus);
      ctx.tx
        .insert(agreementStatusChanges)
        .values({
          agreementId: id,
          fromStatus: null,
          toStatus: ctx.data.signingStatus,
          occurredOn: (dateColumn && columns[dateColumn]) || ctx.data.statusOn || todayIn(),
          recordedBy: ctx.user.id,
          recordedAt: ctx.now,
        })
        .run();
      return { id };
    },
  });
  if (result.ok) revalidateAgreement();
  return result;
}

/**
 * Saves an edit made on version `version` of agreement `id` (not its status: see
 * `recordAgreementTransition`). A stale version is refused with error "conflict".
 */
export async function updateAgreement(input: z.input<typeof agreementUpdateSchema>): Promise<ActionResult<{ id: number; version: number }>> {
  const result = await runMutation({
    action: "update",
    resource: "agreement",
    schema: agreementUpdateSchema,
    input,
    write: (ctx) => {
      const { id, version, values } = ctx.data;
      checkReferences(ctx, values);
      const stored = ctx.tx.select({ status: agreements.signingStatus }).from(agreements).where(eq(agreements.id, id)).get();
      if (!stored) throw new NotFoundError("agreement", id);
      const rule = signedOnRule(stored.status, values.signedOn);
      if (rule) throw new RuleError(rule, "signedOn");
      return saveRecordEdit(ctx, agreementRecord, id, version, agreementColumns(values));
    },
  });
  if (result.ok) revalidateAgreement(input.id);
  return result;
}

/**
 * Moves an agreement one step along the signing workflow: checks the step is allowed from the
 * stored status (else RuleError "transitionNotAllowed"), that its date is not in the future nor
 * before the previous step, then updates the status (and signed_on / in_force_on / expires_on for
 * those steps), writes the dated step with who recorded it and its note, and audits "transition".
 * @param input `{ id, version, toStatus, occurredOn, note }` (strings accepted, as a form posts them)
 */
export async function recordAgreementTransition(input: unknown): Promise<ActionResult<{ id: number; version: number }>> {
  const result = await runMutation({
    action: "update",
    resource: "agreement",
    schema: agreementTransitionSchema,
    input,
    write: (ctx) => {
      const { id, version, toStatus, occurredOn, note } = ctx.data;
      const stored = ctx.tx
        .select({ status: agreements.signingStatus, archivedAt: agreements.archivedAt })
        .from(agreements)
        .where(eq(agreements.id, id))
        .get();
      if (!stored || stored.archivedAt) throw new NotFoundError("agreement", id);
      if (!canTransition(stored.status, toStatus)) throw new RuleError("transitionNotAllowed");
      if (firstDay(occurredOn) > todayIn()) throw new RuleError("dateInFuture", "occurredOn");
      const previous = ctx.tx
        .select({ occurredOn: agreementStatusChanges.occurredOn })
        .from(agreementStatusChanges)
        .where(and(eq(agreementStatusChanges.agreementId, id), isNotNull(agreementStatusChanges.occurredOn)))
        .orderBy(desc(agreementStatusChanges.id))
        .get();
      if (previous?.occurredOn && !mayFollow(previous.occurredOn, occurredOn)) {
        throw new RuleError("dateBeforePreviousStep", "occurredOn");
      }
      const dateColumn = dateColumnOf(toStatus);
      // Told before the update, which stamps this user as the agreement's last editor.
      noticeAgreementStatus(ctx, id, toStatus);
      const changes = updateVersioned(ctx, agreements, "agreement", id, version, {
        signingStatus: toStatus,
        ...(dateColumn ? { [dateColumn]: occurredOn } : {}),
      });
      ctx.tx
        .insert(agreementStatusChanges)
        .values({
          agreementId: id,
          fromStatus: stored.status,
          toStatus,
          occurredOn,
          note: note || null,
          recordedBy: ctx.user.id,
          recordedAt: ctx.now,
        })
        .run();
      ctx.audit({ action: "transition", entityType: "agreement", entityId: id, changes: { ...changes, occurredOn, note: note || null } });
      return { id, version: version + 1 };
    },
  });
  if (result.ok) revalidateAgreement(result.data.id);
  return result;
}

/** The transition form's action (useActionState): the posted fields, through the write path. */
export async function submitAgreementTransition(
  _previous: ActionResult<{ id: number; version: number }> | null,
  formData: FormData,
): Promise<ActionResult<{ id: number; version: number }>> {
  return recordAgreementTransition(Object.fromEntries(formData));
}

/** Archives an agreement (supervisors): it leaves lists but stays in the database and the audit. */
export async function archiveAgreement(input: RecordVersion): Promise<ActionResult<{ id: number; version: number }>> {
  return agreementArchiving.archive(input);
}

/** Brings an archived agreement back (supervisors). */
export async function restoreAgreement(input: RecordVersion): Promise<ActionResult<{ id: number; version: number }>> {
  return agreementArchiving.restore(input);
}
