/**
 * Idempotency keys of create forms. Each create form instance draws one random key
 * (`useIdempotencyKey` in components/forms/idempotency-key.ts) and sends it with the
 * action's input as `idempotencyKey`; the write path (runMutation) stores key → (user, resource,
 * new id) in `idempotency_keys` in the same transaction as the create, and answers a repeat of the
 * key with the first record's id. A double-clicked Save or a retried request so makes one record.
 * Keys belong to the user who first sent them: another user's key is refused as a conflict.
 */
import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { idempotencyKeys } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { ConflictError } from "./errors";

/** What a key looks like: 16 to 64 characters of `[A-Za-z0-9_-]` (the forms draw 32 hex digits). */
const keyPattern = /^[A-Za-z0-9_-]{16,64}$/;

/** An action input that may carry the key of the form instance that sent it. */
export type Idempotent<Input> = Input & { idempotencyKey?: string };

/** The well-formed `idempotencyKey` of a raw action input, or null (absent or malformed: no key). */
export function idempotencyKeyOf(input: unknown): string | null {
  if (typeof input !== "object" || input === null || !("idempotencyKey" in input)) return null;
  const key = (input as { idempotencyKey: unknown }).idempotencyKey;
  return typeof key === "string" && keyPattern.test(key) ? key : null;
}

/**
 * The id of the record `user` already created with `key`, or null for a key not seen yet.
 * @throws ConflictError when the key was used by another user or for another kind of record
 */
export function findIdempotentResult(tx: Tx, user: SessionUser, key: string, entityType: string): number | null {
  const row = tx.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key)).get();
  if (!row) return null;
  if (row.userId !== user.id || row.entityType !== entityType) throw new ConflictError(entityType, row.entityId);
  return row.entityId;
}

/**
 * Stores `key` with the id of the record the create wrote (`result.id`); a result without a
 * numeric id stores nothing (such a create is not replayed).
 */
export function recordIdempotentResult(tx: Tx, user: SessionUser, key: string, entityType: string, result: unknown, now: string): void {
  const id = (result as { id?: unknown } | null)?.id;
  if (typeof id !== "number") return;
  tx.insert(idempotencyKeys).values({ key, userId: user.id, entityType, entityId: id, createdAt: now }).run();
}
