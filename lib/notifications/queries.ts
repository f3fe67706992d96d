/**
 * Notices' reads: always the current user's own (nobody reads another's notices).
 * @throws ForbiddenError unless the user may read notices (every role may)
 */
import "server-only";
import { and, count, desc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { cachedRead } from "@/lib/cache/read-cache";
import { notificationEmailPreferences, notificationKinds, notifications } from "@/db/schema";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { NotificationParams } from "./kinds";
import { NOTIFICATIONS_PAGE_SIZE, type EmailPreferences } from "./schema";

/** How many of the user's notices are unread (the bell's count). */
export function countUnreadNotifications(user: SessionUser): number {
  assertCan(user.role, "read", "notification");
  return cachedRead(`notifications.unread:${user.id}`, () =>
    getDb().select({ n: count() }).from(notifications).where(and(eq(notifications.userId, user.id), isNull(notifications.readAt))).get()?.n ?? 0,
  );
}

/**
 * One page of the user's notices, newest first (`unreadOnly`: only those not read yet).
 * @returns `{ rows, total, unread, page, pageSize }`; rows carry `kind` and `params` to render
 */
export function fetchNotifications(user: SessionUser, options: { page?: number; unreadOnly?: boolean } = {}) {
  assertCan(user.role, "read", "notification");
  const db = getDb();
  const page = options.page ?? 1;
  const mine = eq(notifications.userId, user.id);
  const where = options.unreadOnly ? and(mine, isNull(notifications.readAt)) : mine;
  const rows = db
    .select({ id: notifications.id, kind: notifications.kind, params: notifications.params, href: notifications.href, createdAt: notifications.createdAt, readAt: notifications.readAt })
    .from(notifications)
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(NOTIFICATIONS_PAGE_SIZE)
    .offset((page - 1) * NOTIFICATIONS_PAGE_SIZE)
    .all()
    .map((row) => ({ ...row, params: row.params as NotificationParams }));
  const total = db.select({ n: count() }).from(notifications).where(where).get()?.n ?? 0;
  return { rows, total, unread: countUnreadNotifications(user), page, pageSize: NOTIFICATIONS_PAGE_SIZE };
}

/** Which notice kinds the user gets by e-mail (a kind without a stored choice: yes). */
export function fetchEmailPreferences(user: SessionUser): EmailPreferences {
  assertCan(user.role, "read", "notification");
  const stored = getDb().select().from(notificationEmailPreferences).where(eq(notificationEmailPreferences.userId, user.id)).all();
  return Object.fromEntries(notificationKinds.map((kind) => [kind, stored.find((p) => p.kind === kind)?.email ?? true])) as EmailPreferences;
}
