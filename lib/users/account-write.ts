/**
 * The versioned write of one account row, for the write path's actions on users (lib/users/actions.ts)
 * and on one's own preferences (lib/preferences/actions.ts). Accounts carry no validation state, so
 * they have this counterpart of `updateVersioned`.
 */
import "server-only";
import { and, eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { ConflictError, NotFoundError, type WriteContext } from "@/lib/write/run-mutation";

/**
 * Updates one account if its version is still `expectedVersion` (bumps it, stamps updated_at).
 * @returns the changed fields `{ field: [before, after] }` (never the password hash's value)
 * @throws NotFoundError / ConflictError
 */
export function updateAccount(
  ctx: Pick<WriteContext<unknown>, "tx" | "now">,
  id: number,
  expectedVersion: number,
  values: Partial<Pick<typeof users.$inferInsert, "role" | "active" | "passwordHash" | "mustChangePassword" | "sessionsValidFrom" | "locale">>,
): Record<string, [unknown, unknown]> {
  const before = ctx.tx.select().from(users).where(eq(users.id, id)).get();
  if (!before) throw new NotFoundError("user", id);
  if (before.version !== expectedVersion) throw new ConflictError("user", id);
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [key, after] of Object.entries(values)) {
    const previous = before[key as keyof typeof before];
    // The audit entry's action says the password changed; no hash goes into the log.
    if (key !== "passwordHash" && previous !== after) changes[key] = [previous, after];
  }
  const result = ctx.tx
    .update(users)
    .set({ ...values, version: expectedVersion + 1, updatedAt: ctx.now })
    .where(and(eq(users.id, id), eq(users.version, expectedVersion)))
    .run();
  if (result.changes !== 1) throw new ConflictError("user", id);
  return changes;
}
