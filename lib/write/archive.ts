/**
 * Archive and restore, one definition for every room: a versioned write of `archivedAt` through
 * the write path (permission "archive" / "restore" on the resource, the `{ id, version }` schema,
 * the scope rule for project records, the version check, the audit entry). An archived record
 * leaves the lists but stays in the database and in the history.
 */
import "server-only";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Resource } from "@/lib/auth/permissions";
import { recordVersionSchema, type RecordVersion } from "@/lib/validation/fields";
import { runMutation, updateVersioned, type ActionResult, type ScopeRule, type WriteContext } from "./run-mutation";

type Versioned = Parameters<typeof updateVersioned>[1] & SQLiteTable;

type ArchiveDefinition = {
  resource: Resource;
  table: Versioned;
  /** The audit log's entity type ("project", "activity"…). */
  entityType: string;
  input: RecordVersion;
  /** Required for project records (lib/auth/scope.ts); receives the parsed `{ id, version }`. */
  scope?: ScopeRule<RecordVersion>;
  /** A rule of the room's own, run first in the transaction; throws RuleError to refuse. */
  check?: (ctx: WriteContext<RecordVersion>) => void;
};

function setArchived(mode: "archive" | "restore", definition: ArchiveDefinition): Promise<ActionResult<{ id: number; version: number }>> {
  const { resource, table, entityType, input, scope, check } = definition;
  return runMutation<typeof recordVersionSchema, { id: number; version: number }, Resource>({
    action: mode,
    resource,
    schema: recordVersionSchema,
    scope,
    input,
    write: (ctx) => {
      const { id, version } = ctx.data;
      check?.(ctx);
      const changes =
        mode === "archive"
          ? updateVersioned(ctx, table, entityType, id, version, { archivedAt: ctx.now } as never)
          : updateVersioned(ctx, table, entityType, id, version, { archivedAt: null } as never, { allowArchived: true });
      ctx.audit({ action: mode, entityType, entityId: id, changes });
      return { id, version: version + 1 };
    },
  });
}

/**
 * Archives a record (supervisors). @returns its id and new version; errors "forbidden",
 * "notFound" (missing or already archived), "conflict" (changed since loaded), "rule" (from `check`)
 */
export function archiveRecord(definition: ArchiveDefinition) {
  return setArchived("archive", definition);
}

/** Brings an archived record back (supervisors). @returns its id and new version; errors as archiveRecord */
export function restoreRecord(definition: ArchiveDefinition) {
  return setArchived("restore", definition);
}
