/**
 * A notice's text in one language, from its kind and params (nothing is stored as text): the
 * same function renders the in-app list (the reader's language) and the e-mails (the recipient's).
 * Pure: takes a translator over the whole messages file (next-intl `getTranslations()` or
 * `createTranslator({ locale, messages })`).
 */
import type { NotificationKind } from "@/db/enums";
import { formatPartialDate } from "@/lib/dates/partial-date";
import type { Locale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";
import type { NotificationParams } from "./kinds";

/** The subset of a next-intl translator this module uses. */
export type Translate = ((key: string, values?: Record<string, string | number>) => string) & { has?: (key: string) => boolean };

export type RenderedNotice = {
  /** One line: what happened, naming the record. */
  title: string;
  /** A second line (a comment, a due date), or null. */
  detail: string | null;
};

/**
 * Renders one notice in `locale`.
 * @param notice `{ kind, params }` as stored in `notifications`
 * @returns `{ title, detail }`, plain text; names, descriptions and comments (any script) are
 *   wrapped in Unicode isolates (U+2068 … U+2069)
 */
/** Wraps a name in Unicode isolates (FSI … PDI) so that its own script's direction cannot scramble the sentence around it. */
const isolate = (text: string) => `\u2068${text}\u2069`;

export function renderNotice(t: Translate, locale: Locale, notice: { kind: NotificationKind; params: NotificationParams }): RenderedNotice {
  const p = notice.params ?? {};
  const record = isolate(localizedName({ nameAr: p.nameAr, nameFr: p.nameFr, nameEn: p.nameEn }, locale, "—"));
  const type = p.recordType ? t(`validation.types.${p.recordType}`) : "";
  const due = p.dueOn ? formatPartialDate(p.dueOn, locale) : "";
  const dueLine = due ? t("notifications.dueLine", { date: due }) : null;
  const comment = p.comment ? t("notifications.commentLine", { comment: isolate(p.comment) }) : null;
  const description = isolate(p.description ?? "—");
  switch (notice.kind) {
    case "followUpAssigned":
      return { title: t("notifications.kinds.followUpAssigned", { description }), detail: dueLine };
    case "followUpDueSoon":
      return { title: t("notifications.kinds.followUpDueSoon", { description }), detail: dueLine };
    case "followUpOverdue":
      return { title: t("notifications.kinds.followUpOverdue", { description }), detail: dueLine };
    case "recordSentBack":
      return { title: t("notifications.kinds.recordSentBack", { type, record }), detail: comment };
    case "recordValidated":
      return { title: t("notifications.kinds.recordValidated", { type, record }), detail: null };
    case "reviewRequested":
      return { title: t("notifications.kinds.reviewRequested", { record }), detail: null };
    case "reviewDecided":
      return { title: t("notifications.kinds.reviewDecided", { record, decision: p.decision ? t(`reviews.decisions.${p.decision}`) : "" }), detail: comment };
    case "agreementStatusChanged":
      return { title: t("notifications.kinds.agreementStatusChanged", { record, status: p.status ? t(`agreements.statuses.${p.status}`) : "" }), detail: null };
  }
}
