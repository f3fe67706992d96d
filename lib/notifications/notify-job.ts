/**
 * The daily notify job (`npm run notify`, scripts/notify.ts, run by cron):
 *  1. raises the time-based notices: a follow-up owned by a user due within 3 days
 *     ("followUpDueSoon") or overdue ("followUpOverdue"), once per follow-up and due date;
 *  2. when an SMTP transport is given (SMTP_URL set), mails each user, in their language, the
 *     urgent notices one by one and the others in one daily digest, leaving out the kinds they
 *     chose not to get by e-mail and those they already read in the app.
 * Idempotent: every mail's key (`digest:<user>:<day>`, `urgent:<notice>`) is claimed in
 * `notification_deliveries` before it is sent, and mailed notices are stamped `emailed_at`; a
 * second run the same day sends nothing. A failed send releases its key (retried next run).
 * Without a transport nothing is sent and nothing fails.
 */
import { and, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { followUpActions, meetings, notificationDeliveries, notificationEmailPreferences, notifications, users, type Locale } from "@/db/schema";
import { lastDay, parsePartialDate, todayIn } from "@/lib/dates/partial-date";
import { isOverdue } from "@/lib/follow-ups/schema";
import { raiseNotice } from "./emit";
import { isUrgent, type NotificationParams } from "./kinds";
import { renderMail } from "./mail";

/** What the job needs of a transport (nodemailer's `sendMail`). */
export type MailTransport = { sendMail: (mail: { from: string; to: string; subject: string; text: string; html: string; headers?: Record<string, string> }) => Promise<{ messageId?: string }> };

export type NotifyOptions = {
  db: Db;
  /** The instant the job runs at (default: now). */
  now?: Date;
  /** null: raise in-app notices only, send nothing. */
  transport: MailTransport | null;
  /** Public origin of the app, for links (`https://taawun.example`). */
  origin: string;
  /** The sender (`Taawun <taawun@example.org>`). */
  from: string;
  /** How many days ahead a follow-up counts as due soon. */
  dueSoonDays?: number;
};

export type NotifyReport = { raised: number; sent: { key: string; to: string; subject: string }[] };

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Step 1: due-soon and overdue notices for open follow-ups owned by a user. */
function raiseDueNotices(db: Db, now: string, today: string, dueSoonDays: number): number {
  const open = db
    .select({ id: followUpActions.id, description: followUpActions.description, dueOn: followUpActions.dueOn, ownerUserId: followUpActions.ownerUserId, meetingId: followUpActions.meetingId })
    .from(followUpActions)
    .innerJoin(meetings, eq(meetings.id, followUpActions.meetingId))
    .where(and(eq(followUpActions.status, "open"), isNotNull(followUpActions.ownerUserId), isNotNull(followUpActions.dueOn), isNull(meetings.archivedAt)))
    .all();
  const horizon = addDays(today, dueSoonDays);
  let raised = 0;
  db.transaction((tx) => {
    for (const f of open) {
      if (!f.dueOn || !parsePartialDate(f.dueOn)) continue;
      const overdue = isOverdue(f.dueOn, today);
      const dueSoon = !overdue && lastDay(f.dueOn) <= horizon;
      if (!overdue && !dueSoon) continue;
      const kind = overdue ? "followUpOverdue" : "followUpDueSoon";
      raised += raiseNotice(tx, now, [f.ownerUserId], {
        kind,
        params: { description: f.description, dueOn: f.dueOn },
        href: `/meetings/${f.meetingId}`,
        entityType: "followUp",
        entityId: f.id,
        dedupeKey: `${kind}:${f.id}:${f.dueOn}`,
      });
    }
    // IMMEDIATE, like the write path (lib/write/run-mutation.ts): the server may be writing too.
  }, { behavior: "immediate" });
  return raised;
}

/**
 * Runs the job once.
 * @returns how many notices were raised and which mails were sent
 */
export async function runNotifyJob(options: NotifyOptions): Promise<NotifyReport> {
  const { db, transport } = options;
  const at = options.now ?? new Date();
  const now = at.toISOString();
  const today = todayIn("Africa/Casablanca", at);
  const raised = raiseDueNotices(db, now, today, options.dueSoonDays ?? 3);
  const report: NotifyReport = { raised, sent: [] };
  if (!transport) return report;

  const pending = db
    .select({ id: notifications.id, userId: notifications.userId, kind: notifications.kind, params: notifications.params, href: notifications.href })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(and(isNull(notifications.emailedAt), isNull(notifications.readAt), eq(users.active, true)))
    .orderBy(notifications.createdAt, notifications.id)
    .all();
  const optedOut = new Set(
    db.select().from(notificationEmailPreferences).where(eq(notificationEmailPreferences.email, false)).all().map((p) => `${p.userId}:${p.kind}`),
  );
  const byUser = new Map<number, typeof pending>();
  for (const n of pending) {
    if (optedOut.has(`${n.userId}:${n.kind}`)) continue;
    byUser.set(n.userId, [...(byUser.get(n.userId) ?? []), n]);
  }

  for (const [userId, notices] of byUser) {
    const recipient = db.select({ email: users.email, name: users.name, locale: users.locale }).from(users).where(eq(users.id, userId)).get();
    if (!recipient) continue;
    const mails: { key: string; kind: "digest" | "urgent"; notices: typeof notices }[] = [
      ...notices.filter((n) => isUrgent(n.kind)).map((n) => ({ key: `urgent:${n.id}`, kind: "urgent" as const, notices: [n] })),
    ];
    const digest = notices.filter((n) => !isUrgent(n.kind));
    if (digest.length) mails.push({ key: `digest:${userId}:${today}`, kind: "digest", notices: digest });
    for (const mail of mails) {
      const rendered = renderMail(mail.kind, { name: recipient.name, locale: recipient.locale as Locale }, mail.notices.map((n) => ({ ...n, params: n.params as NotificationParams })), options.origin);
      // Claim the key first: a digest already sent today (or a notice already mailed) is never sent again.
      const claimed = db.insert(notificationDeliveries).values({ key: mail.key, userId, to: recipient.email, subject: rendered.subject, sentAt: now }).onConflictDoNothing().run().changes;
      if (!claimed) continue;
      try {
        const info = await transport.sendMail({ from: options.from, to: recipient.email, ...rendered, headers: { "Content-Language": recipient.locale } });
        db.transaction((tx) => {
          tx.update(notificationDeliveries).set({ messageId: info.messageId ?? null }).where(eq(notificationDeliveries.key, mail.key)).run();
          tx.update(notifications).set({ emailedAt: now }).where(inArray(notifications.id, mail.notices.map((n) => n.id))).run();
        }, { behavior: "immediate" });
        report.sent.push({ key: mail.key, to: recipient.email, subject: rendered.subject });
      } catch (error) {
        db.delete(notificationDeliveries).where(eq(notificationDeliveries.key, mail.key)).run();
        console.error(`[notify] sending ${mail.key} to ${recipient.email} failed`, error);
      }
    }
  }
  return report;
}
