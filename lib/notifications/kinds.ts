/**
 * Notice kinds: which are urgent (mailed at once by the notify job rather than in the daily
 * digest) and the shape of their parameters. Pure: shared by the server, the job and the browser.
 */
import { notificationKinds, type NotificationKind } from "@/db/enums";

export { notificationKinds, type NotificationKind };

/** Kinds mailed on their own as soon as the job sees them; the others wait for the daily digest. */
export const urgentKinds: readonly NotificationKind[] = ["followUpOverdue", "recordSentBack"];

/** Is a notice of this kind mailed at once (not in the digest)? */
export function isUrgent(kind: NotificationKind): boolean {
  return urgentKinds.includes(kind);
}

/**
 * Parameters a notice carries (language-neutral: record names in each language they exist in,
 * dates as partial ISO strings, code-list values as codes). Rendered by lib/notifications/render.ts.
 */
export type NotificationParams = {
  /** A follow-up's description, a milestone's title (as typed: any script). */
  description?: string | null;
  /** Partial ISO date: a follow-up's due date. */
  dueOn?: string | null;
  /** A record's kind (validation.types.*): meeting, project, agreement, organisation, person, activity. */
  recordType?: string | null;
  /** A record's name in each language (null where it has none). */
  nameAr?: string | null;
  nameFr?: string | null;
  nameEn?: string | null;
  /** A validation comment, a review comment (as typed). */
  comment?: string | null;
  /** A review's decision (reviews.decisions.*) or an agreement's new status (agreements.statuses.*). */
  decision?: string | null;
  status?: string | null;
};
