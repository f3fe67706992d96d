/**
 * The name a meeting goes by where it must be named in plain text, such as its browser tab.
 */
import { formatPartialDateRange } from "@/lib/dates/partial-date";
import type { Locale } from "@/lib/i18n/config";
import { joinNames } from "@/lib/i18n/list-format";
import { localizedName } from "@/lib/i18n/localized";
import { documentTranslator } from "@/lib/publications/translator";

/** What a meeting's name is made of: what fetchMeeting returns carries it. */
export type MeetingNameSource = {
  meeting: { kind: string; startsOn: string; endsOn: string | null; countryCode: string | null };
  counterparts: readonly { name: string }[];
  countryNameAr: string | null;
  countryNameFr: string | null;
  countryNameEn: string | null;
};

/**
 * A meeting's tab title in `locale`: its counterparts' names as one list ("Consuelo RUMÍ et Marco
 * Peeters"); a meeting with no counterpart is named by what it has, its kind (or "Meeting" for
 * the kind "other"), its counterpart country when known and its date or dates, e.g. « Séance de
 * travail · Espagne · 14 mai 2019 » (message `meetings.detail.titleWithoutCounterpart`). Never
 * empty, never another record's name.
 */
export function meetingTitle(stored: MeetingNameSource, locale: Locale): string {
  if (stored.counterparts.length > 0) return joinNames(stored.counterparts.map((c) => c.name), locale);
  const t = documentTranslator(locale);
  const { meeting } = stored;
  const country = meeting.countryCode
    ? localizedName({ nameAr: stored.countryNameAr, nameFr: stored.countryNameFr, nameEn: stored.countryNameEn }, locale, meeting.countryCode)
    : "";
  return t(country ? "meetings.detail.titleWithoutCounterpart" : "meetings.detail.titleWithoutCounterpartOrCountry", {
    kind: meeting.kind === "other" ? t("meetings.detail.aMeeting") : t(`meetings.kinds.${meeting.kind}`),
    country,
    date: formatPartialDateRange(meeting.startsOn, meeting.endsOn, locale),
  });
}
