"use server";

/**
 * Calendar feeds: a user creates their secret feed URL, or revokes it, through the one write
 * path (permission "update account", audited as entity "calendar_feed"). One active feed per user:
 * a second is refused until the first is revoked; a revoked token never works again.
 */
import { randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { calendarFeeds } from "@/db/schema";
import { NotFoundError, RuleError, runMutation, type ActionResult } from "@/lib/write/run-mutation";
import { createCalendarFeedSchema, revokeCalendarFeedSchema } from "./schema";

/**
 * Creates the current user's feed with a fresh 32-byte random token.
 * @returns the feed's id; error "rule" (calendarFeedExists) when an active feed exists
 */
export async function createCalendarFeed(): Promise<ActionResult<{ id: number }>> {
  const result = await runMutation({
    action: "update",
    resource: "account",
    schema: createCalendarFeedSchema,
    input: {},
    write: ({ tx, user, now, audit }) => {
      const active = tx.select({ id: calendarFeeds.id }).from(calendarFeeds).where(and(eq(calendarFeeds.userId, user.id), isNull(calendarFeeds.revokedAt))).get();
      if (active) throw new RuleError("calendarFeedExists");
      const token = randomBytes(32).toString("base64url");
      const row = tx.insert(calendarFeeds).values({ userId: user.id, token, createdAt: now }).returning({ id: calendarFeeds.id }).get();
      // The token itself stays out of the audit log.
      audit({ action: "create", entityType: "calendar_feed", entityId: row.id, changes: { userId: user.id } });
      return { id: row.id };
    },
  });
  if (result.ok) revalidatePath("/account/password");
  return result;
}

/**
 * Revokes one of the current user's active feeds: its URL answers 404 from then on.
 * @returns error "notFound" when the feed is not the user's or is already revoked
 */
export async function revokeCalendarFeed(input: { id: number }): Promise<ActionResult<null>> {
  const result = await runMutation({
    action: "update",
    resource: "account",
    schema: revokeCalendarFeedSchema,
    input,
    write: ({ tx, user, now, data, audit }) => {
      const changed = tx
        .update(calendarFeeds)
        .set({ revokedAt: now })
        .where(and(eq(calendarFeeds.id, data.id), eq(calendarFeeds.userId, user.id), isNull(calendarFeeds.revokedAt)))
        .run();
      if (changed.changes !== 1) throw new NotFoundError("calendar_feed", data.id);
      audit({ action: "revoke", entityType: "calendar_feed", entityId: data.id, changes: { revokedAt: [null, now] } });
      return null;
    },
  });
  if (result.ok) revalidatePath("/account/password");
  return result;
}
