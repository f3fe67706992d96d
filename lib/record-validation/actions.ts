"use server";

/**
 * Validation: the supervisor's decision on one record of any validatable type, through the one
 * write path. The decision is a versioned write (a record changed since the supervisor looked at
 * it is refused as a conflict, never validated blindly) audited as "validate" or "send_back", so the
 * record's history tells a validation from a send-back.
 */
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { activities, agreements, eventEditions, meetings, organisations, people, projects } from "@/db/schema";
import { assertInScope } from "@/lib/auth/scope";
import { noticeValidationDecision } from "@/lib/notifications/record-events";
import { runMutation, updateVersioned, type ActionResult } from "@/lib/write/run-mutation";
import {
  isPublishingEntityType,
  isValidationEntityType,
  publishingDecisionSchema,
  publishingTargets,
  validationDecisionSchema,
  validationTargets,
  type PublishingEntityType,
  type ValidationEntityType,
} from "./schema";

/** The whitelist's tables (lib/record-validation/schema.ts lists the types and resources). */
const tables = {
  meeting: meetings,
  project: projects,
  agreement: agreements,
  organisation: organisations,
  person: people,
  activity: activities,
} as const satisfies Record<ValidationEntityType, unknown>;

/**
 * Validates a record, or sends it back to staff with a comment (required).
 * Input: `{ entityType, id, version, decision: "validate" | "send_back", comment }`.
 * Permission: "validate" on the type's resource (supervisors). An entity type outside the
 * whitelist is refused ("forbidden") before anything is read.
 * @returns the record's new version; errors "conflict" (changed since loaded), "notFound"
 *   (missing or archived), "invalid" (send back without a comment)
 */
export async function decideValidation(
  // Any string may arrive as the type: one outside the whitelist is refused, not a type error.
  input: Omit<z.input<typeof validationDecisionSchema>, "entityType"> & { entityType: string },
): Promise<ActionResult<{ id: number; version: number }>> {
  const entityType = (input as { entityType?: unknown } | null)?.entityType;
  const result = await runMutation({
    action: "validate",
    // Unknown types fail closed: nobody holds "validate" on user accounts.
    resource: isValidationEntityType(entityType) ? validationTargets[entityType].resource : "user",
    schema: validationDecisionSchema,
    // A project or a milestone is checked against the supervisor's scope like any other write; the
    // version check below refuses an archived record.
    scope: (data) =>
      data.entityType === "project"
        ? { project: data.id, includeArchived: true }
        : data.entityType === "activity"
          ? { milestone: data.id, includeArchived: true }
          : null,
    input,
    write: (ctx) => {
      const { entityType, id, version, decision, comment } = ctx.data;
      const values =
        decision === "validate"
          ? { validationStatus: "validated" as const, validationComment: null }
          : { validationStatus: "sent_back" as const, validationComment: comment };
      // Told before the update, which stamps the supervisor as the record's last editor.
      noticeValidationDecision(ctx, entityType, id, decision, comment || null);
      const changes = updateVersioned(ctx, tables[entityType], entityType, id, version, values);
      ctx.audit({ action: decision, entityType, entityId: id, changes: { decision, ...changes } });
      return { id, version: version + 1 };
    },
  });
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

/** The publishing whitelist's tables. */
const publishingTables = {
  meeting: meetings,
  project: projects,
  agreement: agreements,
  event_edition: eventEditions,
} as const satisfies Record<PublishingEntityType, unknown>;

/**
 * Marks records of one kind publishable (or withdraws the mark), one record or a whole filtered
 * list at once; with `validate: true` the records are validated in the same step.
 * Input: `{ entityType, items: [{ id, version }], publishable, validate }` (publishingDecisionSchema).
 * Permission: "validate" on the kind's resource (supervisors). Every item is a versioned write
 * audited as "publish" or "unpublish" (and "validate" when its validation state changes); one
 * stale, missing or archived item refuses the whole list ("conflict" / "notFound"): nothing is
 * half-marked.
 * @returns each record's new version
 */
export async function setPublishable(input: {
  entityType: string;
  items: { id: number; version: number }[];
  publishable: boolean;
  validate: boolean;
}): Promise<ActionResult<{ items: { id: number; version: number }[] }>> {
  const entityType = (input as { entityType?: unknown } | null)?.entityType;
  const result = await runMutation({
    action: "validate",
    resource: isPublishingEntityType(entityType) ? publishingTargets[entityType].resource : "user",
    schema: publishingDecisionSchema,
    // A list holds many records: the rule checks none here, and each project of the list is
    // checked against the user's scope below, in the same transaction.
    scope: () => null,
    input,
    write: (ctx) => {
      const { entityType, items, publishable, validate } = ctx.data;
      if (entityType === "project") for (const { id } of items) assertInScope(ctx.tx, ctx.user, { project: id, includeArchived: true });
      const values = validate
        ? { publishable, validationStatus: "validated" as const, validationComment: null }
        : { publishable };
      return {
        items: items.map(({ id, version }) => {
          const changes = updateVersioned(ctx, publishingTables[entityType], entityType, id, version, values);
          if ("validationStatus" in changes) {
            ctx.audit({ action: "validate", entityType, entityId: id, changes: { decision: "validate", validationStatus: changes.validationStatus } });
          }
          if ("publishable" in changes) ctx.audit({ action: publishable ? "publish" : "unpublish", entityType, entityId: id, changes: { publishable: changes.publishable } });
          return { id, version: version + 1 };
        }),
      };
    },
  });
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
