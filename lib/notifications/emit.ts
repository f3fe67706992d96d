/**
 * Raising notices, inside the transaction of the write that causes them (so a refused write
 * raises nothing). Rooms call these helpers from their `write`; the notify job raises the
 * time-based ones (due soon, overdue). No text is stored: kind + params are rendered in the
 * recipient's language when read or mailed (lib/notifications/render.ts).
 */
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { notifications, steeringCommitteeMemberships, users, type NotificationKind } from "@/db/schema";
import type { NotificationParams } from "./kinds";

export type NoticeDraft = {
  kind: NotificationKind;
  params: NotificationParams;
  /** App path of the record (`/meetings/12`). */
  href: string;
  entityType: string;
  entityId: number;
  /** Set for a notice that must exist once per recipient (a job may raise it again). */
  dedupeKey?: string;
};

/**
 * Writes `draft` for each recipient, leaving out `actorId` (nobody is told of their own act),
 * inactive accounts and repeats (`dedupeKey` already raised for that user).
 * @param now ISO 8601 instant (UTC)
 * @returns how many notices were written
 */
export function raiseNotice(tx: Tx, now: string, recipientIds: Iterable<number | null | undefined>, draft: NoticeDraft, actorId?: number): number {
  const ids = [...new Set([...recipientIds].filter((id): id is number => typeof id === "number" && id !== actorId))];
  if (ids.length === 0) return 0;
  const active = tx.select({ id: users.id }).from(users).where(and(inArray(users.id, ids), eq(users.active, true))).all();
  let written = 0;
  for (const { id } of active) {
    const result = tx
      .insert(notifications)
      .values({ userId: id, kind: draft.kind, params: draft.params as Record<string, string | number | null>, href: draft.href, entityType: draft.entityType, entityId: draft.entityId, dedupeKey: draft.dedupeKey ?? null, createdAt: now })
      .onConflictDoNothing()
      .run();
    written += result.changes;
  }
  return written;
}

/**
 * Marks read every unread notice about one record (a follow-up closed: its reminders are moot).
 * @returns how many notices changed
 */
export function resolveNotices(tx: Tx, now: string, entityType: string, entityId: number): number {
  return tx
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.entityType, entityType), eq(notifications.entityId, entityId), isNull(notifications.readAt)))
    .run().changes;
}


/** Members of a project's steering committee (asked to review its milestones). */
export function committeeMemberIds(tx: Tx, projectId: number): number[] {
  return tx
    .select({ id: steeringCommitteeMemberships.userId })
    .from(steeringCommitteeMemberships)
    .where(eq(steeringCommitteeMemberships.projectId, projectId))
    .all()
    .map((m) => m.id);
}
