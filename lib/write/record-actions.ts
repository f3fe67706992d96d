/**
 * The create / update / archive / restore actions of a directory-like room (people,
 * organisations, events, programmes...), defined once. A room describes its record (table, audit
 * entity type, permission resource, pages to revalidate, form values → columns, reference checks,
 * search text) and its exported server actions call the returned functions, so the write path's
 * steps (lib/write/run-mutation.ts) and the audit entries are written the same way everywhere.
 * Rooms whose writes do more (a project's partners, a meeting's counterparts) still use
 * `insertRecord` / `saveRecordEdit` and `recordArchiving` for their parts that are the same.
 */
import "server-only";
import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { Tx } from "@/db/client";
import type { Resource } from "@/lib/auth/permissions";
import type { RecordVersion } from "@/lib/validation/fields";
import { archiveRecord, restoreRecord } from "./archive";
import { createdStamp, RuleError, runMutation, updateVersioned, type ActionResult, type ScopeRule, type WriteContext } from "./run-mutation";

type Versioned = Parameters<typeof updateVersioned>[1];
type Ctx = Pick<WriteContext<unknown>, "tx" | "user" | "now" | "audit">;

/** What a mutation did, for the pages to revalidate. */
export type RecordMutation = "create" | "update" | "archive" | "restore";

type RecordIdentity<TTable extends Versioned> = {
  resource: Resource;
  table: TTable;
  /** The audit log's entity type ("person", "activity"…). */
  entityType: string;
  /**
   * Revalidates the pages showing the record after a successful mutation; `id` is undefined for
   * a create. Defaults to none (a room with no pages of its own).
   */
  revalidate?: (id: number | undefined, mutation: RecordMutation) => void;
};

/**
 * A revalidation for a room with a list page at `path` and a record page at `${path}/${id}`
 * (the latter not after a create), plus `also` paths for the mutations named in `alsoOn`
 * (all mutations when omitted).
 */
export function revalidateListAndRecord(path: string, also: string[] = [], alsoOn?: RecordMutation[]) {
  return (id: number | undefined, mutation: RecordMutation) => {
    revalidatePath(path);
    if (id) revalidatePath(`${path}/${id}`);
    if (!alsoOn || alsoOn.includes(mutation)) for (const extra of also) revalidatePath(extra);
  };
}

/**
 * Inserts one new row with the record-keeping stamps (createdStamp), refreshes its search text
 * when the room has one, and audits "create" with `columns` as the changes.
 * @returns the new row's id
 */
export function insertRecord<TTable extends Versioned>(
  ctx: Ctx,
  record: Pick<RecordIdentity<TTable>, "table" | "entityType"> & { refreshSearchText?: (tx: Tx, id: number) => void },
  columns: Partial<TTable["$inferInsert"]>,
): number {
  const { id } = ctx.tx
    .insert(record.table)
    .values({ ...columns, ...createdStamp(ctx) } as never)
    .returning({ id: record.table.id })
    .get() as { id: number };
  record.refreshSearchText?.(ctx.tx, id);
  ctx.audit({ action: "create", entityType: record.entityType, entityId: id, changes: columns });
  return id;
}

/**
 * Saves an edit of row `id` made on version `version` (updateVersioned: NotFoundError,
 * ConflictError), refreshes its search text when the room has one, and audits "update" with the
 * changed fields. @returns the id and the new version
 */
export function saveRecordEdit<TTable extends Versioned>(
  ctx: Ctx,
  record: Pick<RecordIdentity<TTable>, "table" | "entityType"> & { refreshSearchText?: (tx: Tx, id: number) => void },
  id: number,
  version: number,
  columns: Partial<TTable["$inferInsert"]>,
): { id: number; version: number } {
  const changes = updateVersioned(ctx, record.table, record.entityType, id, version, columns);
  record.refreshSearchText?.(ctx.tx, id);
  ctx.audit({ action: "update", entityType: record.entityType, entityId: id, changes });
  return { id, version: version + 1 };
}

type ArchivingDefinition<TTable extends Versioned> = RecordIdentity<TTable> & {
  /** Required for project records (lib/auth/scope.ts). */
  archiveScope?: ScopeRule<RecordVersion>;
  restoreScope?: ScopeRule<RecordVersion>;
  /** Rules of the room's own, run first in the transaction; throw RuleError to refuse. */
  archiveCheck?: (ctx: WriteContext<RecordVersion>) => void;
  restoreCheck?: (ctx: WriteContext<RecordVersion>) => void;
};

type VersionResult = Promise<ActionResult<{ id: number; version: number }>>;

/**
 * Archive and restore of one room's records (lib/write/archive.ts), revalidating its pages on
 * success. @returns `{ archive, restore }`, each taking `{ id, version }`; errors as archiveRecord
 */
export function recordArchiving<TTable extends Versioned>(definition: ArchivingDefinition<TTable>) {
  const { resource, table, entityType, revalidate } = definition;
  const run = async (mutation: "archive" | "restore", input: RecordVersion): VersionResult => {
    const archiving = mutation === "archive";
    const result = await (archiving ? archiveRecord : restoreRecord)({
      resource,
      table,
      entityType,
      scope: archiving ? definition.archiveScope : definition.restoreScope,
      check: archiving ? definition.archiveCheck : definition.restoreCheck,
      input,
    });
    if (result.ok) revalidate?.(input.id, mutation);
    return result;
  };
  return {
    archive: (input: RecordVersion) => run("archive", input),
    restore: (input: RecordVersion) => run("restore", input),
  };
}

/** A restore check refusing a record merged into another ("mergedRecord"): it stays archived. */
export function refuseMergedRecord(table: Versioned & { mergedIntoId: Versioned["id"] }) {
  return (ctx: WriteContext<RecordVersion>) => {
    const row = ctx.tx
      .select({ mergedIntoId: table.mergedIntoId })
      .from(table)
      .where(eq(table.id, ctx.data.id))
      .get() as { mergedIntoId: number | null } | undefined;
    if (row?.mergedIntoId) throw new RuleError("mergedRecord");
  };
}

type RecordDefinition<Values, TTable extends Versioned> = ArchivingDefinition<TTable> & {
  /** The form's values as the row's columns. */
  columns: (values: Values) => Partial<TTable["$inferInsert"]>;
  /** Reference checks on the values (RuleError on the field), before a create or an update. */
  check?: (ctx: WriteContext<unknown>, values: Values) => void;
  /** Recomputes the row's search text, in the transaction. */
  refreshSearchText?: (tx: Tx, id: number) => void;
};

/**
 * The four actions of a room whose create and update write one row from its form values.
 * @returns `create(schema, input)` → `{ id }`; `update(schema, input)` with `{ id, version,
 *   values }` → `{ id, version }` ("conflict" when stale, "notFound" when missing or archived);
 *   `archive` / `restore` as recordArchiving. Never throws for expected refusals (ActionResult).
 */
export function recordActions<Values, TTable extends Versioned>(definition: RecordDefinition<Values, TTable>) {
  const { resource, columns, check, revalidate } = definition;
  return {
    ...recordArchiving(definition),
    async create<S extends z.ZodType<Values>>(schema: S, input: unknown): Promise<ActionResult<{ id: number }>> {
      const result = await runMutation<S, { id: number }, Resource>({
        action: "create",
        resource,
        schema,
        input,
        write: (ctx) => {
          const values = ctx.data as Values;
          check?.(ctx, values);
          return { id: insertRecord(ctx, definition, columns(values)) };
        },
      });
      if (result.ok) revalidate?.(undefined, "create");
      return result;
    },
    async update<S extends z.ZodType<{ id: number; version: number; values: Values }>>(schema: S, input: unknown): VersionResult {
      const result = await runMutation<S, { id: number; version: number }, Resource>({
        action: "update",
        resource,
        schema,
        input,
        write: (ctx) => {
          const { id, version, values } = ctx.data as { id: number; version: number; values: Values };
          check?.(ctx, values);
          return saveRecordEdit(ctx, definition, id, version, columns(values));
        },
      });
      if (result.ok) revalidate?.(result.data.id, "update");
      return result;
    },
  };
}
