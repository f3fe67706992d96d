/**
 * The one write path. Every mutation of the app goes through `runMutation`, which
 *  (a) authenticates (the current, active user),
 *  (b) authorizes with the permission table (lib/auth/permissions.ts),
 *  (c) parses the input with the feature's shared zod schema,
 *  (d) runs the write inside one SQLite transaction, where `updateVersioned` refuses a stale
 *      `version` (nothing is overwritten: the whole transaction rolls back),
 *  (e) appends the audit entries the write reports, in the same transaction,
 *  (f) for a create that carries an idempotency key (lib/write/idempotency.ts), records the key
 *      with the new record's id in the same transaction, and answers a repeat of the key (a
 *      double-clicked Save, a retried request) with the first result instead of a second record.
 * Actions return an ActionResult; message and field-error values are keys of `errors.*` messages.
 */
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { z } from "zod";
import { getDb, type Tx } from "@/db/client";
import { auditLog } from "@/db/schema";
import { can, type Action, type Resource } from "@/lib/auth/permissions";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { assertInScope, type ScopedRecord } from "@/lib/auth/scope";
import { toFieldErrors, type FieldErrors } from "@/lib/validation/errors";
import { ConflictError, NotFoundError, RuleError } from "./errors";
import { findIdempotentResult, idempotencyKeyOf, recordIdempotentResult } from "./idempotency";

export { ConflictError, NotFoundError, RuleError };

export type ActionErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "invalid"
  | "conflict"
  | "notFound"
  | "rule"
  | "failed";

export type ActionResult<T = null> =
  | { ok: true; data: T }
  | { ok: false; error: ActionErrorCode; message: string; fieldErrors?: FieldErrors };

/** One audit entry, as a write reports it. */
export type AuditRecord = {
  action: string;
  entityType: string;
  entityId: number;
  changes?: Record<string, unknown>;
};

export type WriteContext<Data> = {
  tx: Tx;
  data: Data;
  user: SessionUser;
  /** ISO 8601 instant of this write, UTC. */
  now: string;
  /** Queue an audit entry; written in the same transaction. */
  audit: (record: AuditRecord) => void;
  /** The project the record belongs to, once the scope check passed (null for "new" records). */
  scoped: { projectId: number } | null;
};

/** Resources whose records belong to a project: a committee member reaches only their projects'. */
export const scopedResources = ["project", "milestone"] as const satisfies readonly Resource[];
type ScopedResource = (typeof scopedResources)[number];

/**
 * The record a mutation touches, for the scope check (lib/auth/scope.ts), or "new" when it creates a
 * record that hangs off nothing stored (a project). Required for every resource of scopedResources;
 * a rule returns null only for a record of another kind (a validation decision on a meeting).
 */
export type ScopeRule<Data> = "new" | ((data: Data) => ScopedRecord | null);

type MutationOptions<Schema extends z.ZodType, T, R extends Resource> = {
  action: Action;
  resource: R;
  schema: Schema;
  input: unknown;
  write: (ctx: WriteContext<z.output<Schema>>) => T;
  /**
   * For a create: the first result, rebuilt from the id stored with its idempotency key when the
   * key comes again. Defaults to `{ id }`; a create whose result says more (a milestone's
   * `projectId`) rebuilds it from the parsed input.
   */
  replay?: (data: z.output<Schema>, id: number) => T;
} & (R extends ScopedResource ? { scope: ScopeRule<z.output<Schema>> } : { scope?: ScopeRule<z.output<Schema>> });

/**
 * Runs one mutation through the write path.
 * @param options.action / options.resource  the permission asked for
 * @param options.schema  the shared zod schema; `input` is parsed with it on the server
 * @param options.scope   the record the mutation touches (required for project and milestone
 *                        records): checked against the user's scope inside the transaction, before
 *                        `write`; out of scope, archived or missing is "notFound"
 * @param options.write   synchronous write on the transaction; throws ConflictError,
 *                        NotFoundError or RuleError to refuse (everything rolls back)
 * @returns `{ ok: true, data }` or `{ ok: false, error, message, fieldErrors? }`; never throws
 *          for expected refusals. Unexpected errors are logged and returned as "failed".
 */
export async function runMutation<Schema extends z.ZodType, T, R extends Resource>(
  options: MutationOptions<Schema, T, R>,
): Promise<ActionResult<T>> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: "unauthenticated", message: "unauthenticated" };
  // A one-time password is known to whoever set it: until it is changed, the account may do
  // nothing but change it.
  if (user.mustChangePassword && options.resource !== "account") {
    return { ok: false, error: "forbidden", message: "mustChangePassword" };
  }
  if (!can(user.role, options.action, options.resource)) {
    return { ok: false, error: "forbidden", message: "forbidden" };
  }
  const parsed = options.schema.safeParse(options.input);
  if (!parsed.success) {
    return { ok: false, error: "invalid", message: "formInvalid", fieldErrors: toFieldErrors(parsed.error) };
  }
  const idempotencyKey = options.action === "create" ? idempotencyKeyOf(options.input) : null;
  try {
    const db = getDb();
    const data = db.transaction((tx) => {
      const pending: AuditRecord[] = [];
      const now = new Date().toISOString();
      const scoped = resolveScope(tx, user, options.resource, options.scope, parsed.data);
      if (idempotencyKey) {
        const firstId = findIdempotentResult(tx, user, idempotencyKey, options.resource);
        if (firstId !== null) return options.replay ? options.replay(parsed.data, firstId) : ({ id: firstId } as T);
      }
      const result = options.write({ tx, data: parsed.data, user, now, audit: (r) => pending.push(r), scoped });
      if (idempotencyKey) recordIdempotentResult(tx, user, idempotencyKey, options.resource, result, now);
      for (const entry of pending) {
        tx.insert(auditLog)
          .values({ at: now, userId: user.id, action: entry.action, entityType: entry.entityType, entityId: entry.entityId, changes: entry.changes ?? null })
          .run();
      }
      return result;
      // IMMEDIATE: the write lock is taken at BEGIN (waiting up to the busy timeout), so no other
      // process commits between what the mutation reads (versions, scope) and what it writes; a
      // deferred transaction would fail there with SQLITE_BUSY_SNAPSHOT, which no timeout waits out.
    }, { behavior: "immediate" });
    return { ok: true, data };
  } catch (error) {
    if (error instanceof ConflictError) return { ok: false, error: "conflict", message: "conflict" };
    if (error instanceof NotFoundError) return { ok: false, error: "notFound", message: "notFound" };
    if (error instanceof RuleError) {
      return {
        ok: false,
        error: "rule",
        message: error.messageKey,
        fieldErrors: error.field ? { [error.field]: [error.messageKey] } : undefined,
      };
    }
    console.error("[write path] unexpected error", error);
    return { ok: false, error: "failed", message: "failed" };
  }
}

/** Runs the mutation's scope check; a scoped resource without a rule is a programming error. */
function resolveScope<Data>(tx: Tx, user: SessionUser, resource: Resource, rule: ScopeRule<Data> | undefined, data: Data) {
  if (rule === undefined) {
    if ((scopedResources as readonly Resource[]).includes(resource)) throw new Error(`A ${resource} mutation must declare its scope`);
    return null;
  }
  if (rule === "new") return null;
  const record = rule(data);
  return record ? assertInScope(tx, user, record) : null;
}

type VersionedTable = SQLiteTable & {
  id: SQLiteTable["_"]["columns"][string];
  version: SQLiteTable["_"]["columns"][string];
};

/**
 * Updates one row if, and only if, its version is still `expectedVersion`; bumps the version and
 * stamps updated by/at. Returns the changed fields as `{ field: [before, after] }` for the audit.
 * The validation state becomes "edited" when staff change a record already checked, unless
 * `values.validationStatus` is given (a supervisor's decision).
 * @throws NotFoundError when the row does not exist (or is archived, unless `allowArchived`)
 * @throws ConflictError when the row exists with another version
 */
export function updateVersioned<TTable extends VersionedTable>(
  ctx: Pick<WriteContext<unknown>, "tx" | "user" | "now">,
  table: TTable,
  entityType: string,
  id: number,
  expectedVersion: number,
  values: Partial<TTable["$inferInsert"]>,
  options: { allowArchived?: boolean } = {},
): Record<string, [unknown, unknown]> {
  const t = table as unknown as Record<string, never> & VersionedTable;
  const before = ctx.tx.select().from(table).where(eq(t.id, id)).get() as Record<string, unknown> | undefined;
  if (!before || (before.archivedAt && !options.allowArchived)) throw new NotFoundError(entityType, id);
  if (before.version !== expectedVersion) throw new ConflictError(entityType, id);

  const changes: Record<string, [unknown, unknown]> = {};
  for (const [key, after] of Object.entries(values)) {
    if (key === "searchText") continue;
    const previous = before[key];
    if ((previous ?? null) !== (after ?? null)) changes[key] = [previous ?? null, after ?? null];
  }
  // A supervisor's edit keeps the state; staff's edit of a checked record puts it back in the
  // queue. A validation decision (lib/record-validation) sets the state explicitly.
  const validationStatus =
    "validationStatus" in values
      ? (values as { validationStatus: unknown }).validationStatus
      : ctx.user.role === "supervisor" || before.validationStatus === "new"
        ? before.validationStatus
        : "edited";
  const result = ctx.tx
    .update(table)
    .set({
      ...values,
      validationStatus,
      version: sql`${t.version} + 1`,
      updatedAt: ctx.now,
      updatedBy: ctx.user.id,
    } as never)
    .where(and(eq(t.id, id), eq(t.version, expectedVersion)))
    .run();
  // The read above and this write are in one transaction; the check is kept for safety.
  if (result.changes !== 1) throw new ConflictError(entityType, id);
  return changes;
}

/** Record-keeping values for a new row written by `user` at `now`. */
export function createdStamp(ctx: Pick<WriteContext<unknown>, "user" | "now">) {
  return {
    createdAt: ctx.now,
    createdBy: ctx.user.id,
    updatedAt: ctx.now,
    updatedBy: ctx.user.id,
    version: 1,
    validationStatus: ctx.user.role === "supervisor" ? ("validated" as const) : ("new" as const),
  };
}
