/**
 * The meetings export's columns: its first sheet (one row per meeting) and its second (one row
 * per counterpart). This is a contract with the meetings import (issue #10, round trip): the first
 * sheet's columns come in the order of `meetingColumnKeys`, headed by `meetingColumnHeaders`
 * in the user's language; an import accepts the headers of any of the three languages.
 *
 * Counterparts share one cell: entries joined by "; ", each `name — title at the meeting`
 * (U+2014 with a space each side), the " — title" left out when none is recorded.
 */
import { documentTranslator } from "@/lib/publications/translator";
import { localizedName } from "@/lib/i18n/localized";
import { locales, type Locale } from "@/lib/i18n/config";
import { dateCell, defineSheet, type ExportColumn, type SheetSource } from "./sheet";

/** The first sheet's columns, in order. */
export const meetingColumnKeys = [
  "id",
  "startsOn",
  "endsOn",
  "kind",
  "country",
  "countryCode",
  "city",
  "venue",
  "counterparts",
  "topics",
  "outcome",
] as const;
export type MeetingColumnKey = (typeof meetingColumnKeys)[number];

/** The message (messages/*.json) heading each column. */
const headerKeys: Record<MeetingColumnKey, string> = {
  id: "exports.columns.id",
  startsOn: "meetings.form.startsOn",
  endsOn: "meetings.form.endsOn",
  kind: "meetings.form.kind",
  country: "meetings.form.country",
  countryCode: "exports.columns.countryCode",
  city: "meetings.form.city",
  venue: "meetings.form.venue",
  counterparts: "meetings.form.counterparts",
  topics: "meetings.form.topics",
  outcome: "meetings.form.outcome",
};

/** Column widths, in characters. */
const widths: Record<MeetingColumnKey, number> = {
  id: 8,
  startsOn: 12,
  endsOn: 12,
  kind: 22,
  country: 20,
  countryCode: 8,
  city: 16,
  venue: 24,
  counterparts: 48,
  topics: 60,
  outcome: 48,
};

/** The first sheet's headers of one language, by column. */
export function meetingColumnHeaders(locale: Locale): Record<MeetingColumnKey, string> {
  const t = documentTranslator(locale);
  return Object.fromEntries(meetingColumnKeys.map((key) => [key, t(headerKeys[key])])) as Record<MeetingColumnKey, string>;
}

/** The first sheet's headers in each language, in column order (what an import recognises). */
export const meetingHeaderLabels = Object.fromEntries(
  locales.map((locale) => {
    const headers = meetingColumnHeaders(locale);
    return [locale, meetingColumnKeys.map((key) => headers[key])];
  }),
) as unknown as Record<Locale, readonly string[]>;

/** Between two counterparts in the counterparts cell. */
export const COUNTERPART_SEPARATOR = "; ";
/** Between a counterpart's name and their title at the meeting (an em dash, U+2014). */
export const TITLE_SEPARATOR = " \u2014 ";

/** One counterpart as the cell writes it: `name — title`, or `name` alone. */
export function formatCounterpart(counterpart: { name: string; titleAtMeeting: string | null }): string {
  return counterpart.titleAtMeeting ? `${counterpart.name}${TITLE_SEPARATOR}${counterpart.titleAtMeeting}` : counterpart.name;
}

/** A meeting as the export reads it (lib/exports/queries.ts). */
export type MeetingExportRow = {
  id: number;
  startsOn: string;
  endsOn: string | null;
  kind: string;
  countryCode: string | null;
  countryNameAr: string | null;
  countryNameFr: string | null;
  countryNameEn: string | null;
  city: string | null;
  venue: string | null;
  topics: string | null;
  outcome: string | null;
  counterparts: MeetingExportCounterpart[];
};

export type MeetingExportCounterpart = {
  personId: number;
  name: string;
  titleAtMeeting: string | null;
  organisationNameAr: string | null;
  organisationNameFr: string | null;
  organisationNameEn: string | null;
  organisationAcronym: string | null;
};

/**
 * The meetings export's two sheets in `locale`: meetings, then counterparts (meeting id, date,
 * person id, name, title at the meeting, organisation), each walked by `pages()`.
 */
export function meetingSheets(locale: Locale, pages: () => Iterable<MeetingExportRow[]>): SheetSource[] {
  const t = documentTranslator(locale);
  const headers = meetingColumnHeaders(locale);
  const values: Record<MeetingColumnKey, ExportColumn<MeetingExportRow>["value"]> = {
    id: (m) => m.id,
    startsOn: (m) => dateCell(m.startsOn),
    endsOn: (m) => dateCell(m.endsOn),
    kind: (m) => t(`meetings.kinds.${m.kind}`),
    country: (m) => (m.countryCode ? localizedName({ nameAr: m.countryNameAr, nameFr: m.countryNameFr, nameEn: m.countryNameEn }, locale, m.countryCode) : null),
    countryCode: (m) => m.countryCode,
    city: (m) => m.city,
    venue: (m) => m.venue,
    counterparts: (m) => m.counterparts.map(formatCounterpart).join(COUNTERPART_SEPARATOR) || null,
    topics: (m) => m.topics,
    outcome: (m) => m.outcome,
  };
  const meetingsSheet = defineSheet(
    t("exports.sheets.meetings"),
    meetingColumnKeys.map((key) => ({ header: headers[key], width: widths[key], value: values[key] })),
    pages,
  );
  type CounterpartRow = MeetingExportCounterpart & { meetingId: number; startsOn: string };
  const counterpartsSheet = defineSheet<CounterpartRow>(
    t("exports.sheets.counterparts"),
    [
      { header: t("exports.columns.meetingId"), width: 10, value: (c) => c.meetingId },
      { header: t("exports.columns.meetingDate"), width: 12, value: (c) => dateCell(c.startsOn) },
      { header: t("exports.columns.personId"), width: 10, value: (c) => c.personId },
      { header: t("exports.columns.name"), width: 32, value: (c) => c.name },
      { header: t("exports.columns.titleAtMeeting"), width: 40, value: (c) => c.titleAtMeeting },
      {
        header: t("exports.columns.organisation"),
        width: 32,
        value: (c) => localizedName({ nameAr: c.organisationNameAr, nameFr: c.organisationNameFr, nameEn: c.organisationNameEn }, locale, c.organisationAcronym ?? "") || null,
      },
    ],
    function* () {
      for (const page of pages()) yield page.flatMap((m) => m.counterparts.map((c) => ({ ...c, meetingId: m.id, startsOn: m.startsOn })));
    },
  );
  return [meetingsSheet, counterpartsSheet];
}
