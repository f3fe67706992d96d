"use server";

/**
 * Notices: marking them read and choosing which come by e-mail, through the one write path.
 * A user only ever touches their own notices and preferences (the user id is the session's).
 */
import { revalidatePath } from "next/cache";
import { and, eq, isNull } from "drizzle-orm";
import { notificationEmailPreferences, notifications } from "@/db/schema";
import { NotFoundError, runMutation, type ActionResult } from "@/lib/write/run-mutation";
import { emailPreferencesSchema, markReadSchema, type EmailPreferences, type MarkReadInput } from "./schema";

/**
 * Marks one of the user's notices read (`{ id }`), or all of them (`{ all: true }`).
 * Permission: "update" on "notification" (every role). Another user's notice is "notFound".
 * @returns how many notices changed
 */
export async function markNotificationsRead(input: MarkReadInput): Promise<ActionResult<{ changed: number }>> {
  const result = await runMutation({
    action: "update",
    resource: "notification",
    schema: markReadSchema,
    input,
    write: (ctx) => {
      const mine = and(eq(notifications.userId, ctx.user.id), isNull(notifications.readAt));
      const where = "id" in ctx.data ? and(mine, eq(notifications.id, ctx.data.id)) : mine;
      const changed = ctx.tx.update(notifications).set({ readAt: ctx.now }).where(where).run().changes;
      if ("id" in ctx.data && changed === 0) {
        // Already read is fine; someone else's (or no) notice is not shown to exist.
        const own = ctx.tx.select({ id: notifications.id }).from(notifications).where(and(eq(notifications.id, ctx.data.id), eq(notifications.userId, ctx.user.id))).get();
        if (!own) throw new NotFoundError("notification", ctx.data.id);
      }
      return { changed };
    },
  });
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

/**
 * Stores which notice kinds the user gets by e-mail (every kind, true or false); audited
 * "update" on the user's account.
 */
export async function setEmailPreferences(input: EmailPreferences): Promise<ActionResult<null>> {
  const result = await runMutation({
    action: "update",
    resource: "notification",
    schema: emailPreferencesSchema,
    input,
    write: (ctx) => {
      for (const [kind, email] of Object.entries(ctx.data) as [keyof EmailPreferences, boolean][]) {
        ctx.tx
          .insert(notificationEmailPreferences)
          .values({ userId: ctx.user.id, kind, email })
          .onConflictDoUpdate({ target: [notificationEmailPreferences.userId, notificationEmailPreferences.kind], set: { email } })
          .run();
      }
      ctx.audit({ action: "update", entityType: "user", entityId: ctx.user.id, changes: { emailNotices: ctx.data } });
      return null;
    },
  });
  if (result.ok) revalidatePath("/account/password");
  return result;
}
