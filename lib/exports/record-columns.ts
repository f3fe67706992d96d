/**
 * The columns of the one-sheet exports: milestones, agreements, organisations and people (the
 * meetings and projects exports, with a second sheet, have their own files).
 */
import { documentTranslator } from "@/lib/publications/translator";
import { localizedName } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/config";
import type { Agreement } from "@/db/schema";
import { dateCell, defineSheet, type SheetSource } from "./sheet";

type CountryNames = { countryNameAr: string | null; countryNameFr: string | null; countryNameEn: string | null };

function countryName(row: CountryNames, code: string | null, locale: Locale): string | null {
  return code ? localizedName({ nameAr: row.countryNameAr, nameFr: row.countryNameFr, nameEn: row.countryNameEn }, locale, code) : null;
}

export type MilestoneExportRow = CountryNames & {
  id: number;
  projectId: number;
  projectAcronym: string | null;
  projectTitleAr: string | null;
  projectTitleFr: string | null;
  projectTitleEn: string | null;
  title: string;
  kind: string;
  status: string;
  plannedOn: string | null;
  plannedEndOn: string | null;
  actualOn: string | null;
  city: string | null;
  countryCode: string | null;
};

/** The milestones export's sheet in `locale`. */
export function milestoneSheet(locale: Locale, pages: () => Iterable<MilestoneExportRow[]>): SheetSource {
  const t = documentTranslator(locale);
  const c = (key: string) => t(`exports.columns.${key}`);
  return defineSheet<MilestoneExportRow>(
    t("exports.sheets.milestones"),
    [
      { header: c("id"), width: 8, value: (m) => m.id },
      { header: c("projectId"), width: 10, value: (m) => m.projectId },
      {
        header: c("project"),
        width: 24,
        value: (m) => m.projectAcronym ?? (localizedName({ nameAr: m.projectTitleAr, nameFr: m.projectTitleFr, nameEn: m.projectTitleEn }, locale) || null),
      },
      { header: c("title"), width: 48, value: (m) => m.title },
      { header: c("kind"), width: 20, value: (m) => t(`projects.activityKinds.${m.kind}`) },
      { header: c("status"), width: 14, value: (m) => t(`projects.activityStatuses.${m.status}`) },
      { header: c("plannedOn"), width: 12, value: (m) => dateCell(m.plannedOn) },
      { header: c("plannedEndOn"), width: 12, value: (m) => dateCell(m.plannedEndOn) },
      { header: c("actualOn"), width: 12, value: (m) => dateCell(m.actualOn) },
      { header: c("city"), width: 16, value: (m) => m.city },
      { header: c("country"), width: 20, value: (m) => countryName(m, m.countryCode, locale) },
      { header: c("countryCode"), width: 8, value: (m) => m.countryCode },
    ],
    pages,
  );
}

export type AgreementExportRow = CountryNames &
  Pick<
    Agreement,
    "id" | "type" | "titleAr" | "titleFr" | "titleEn" | "subject" | "subjectFr" | "subjectEn" | "counterpartCountryCode"
    | "signingStatus" | "signedOn" | "inForceOn" | "expiresOn" | "placeOfSignature"
  > & {
    organisationNameAr: string | null;
    organisationNameFr: string | null;
    organisationNameEn: string | null;
    organisationAcronym: string | null;
  };

/** The agreements export's sheet in `locale`. */
export function agreementSheet(locale: Locale, pages: () => Iterable<AgreementExportRow[]>): SheetSource {
  const t = documentTranslator(locale);
  const c = (key: string) => t(`exports.columns.${key}`);
  return defineSheet<AgreementExportRow>(
    t("exports.sheets.agreements"),
    [
      { header: c("id"), width: 8, value: (a) => a.id },
      { header: c("type"), width: 24, value: (a) => t(`agreements.types.${a.type}`) },
      { header: c("title"), width: 48, value: (a) => localizedName({ nameAr: a.titleAr, nameFr: a.titleFr, nameEn: a.titleEn }, locale) || null },
      { header: c("subject"), width: 48, value: (a) => localizedName({ nameAr: a.subject, nameFr: a.subjectFr, nameEn: a.subjectEn }, locale) || null },
      { header: c("country"), width: 20, value: (a) => countryName(a, a.counterpartCountryCode, locale) },
      { header: c("countryCode"), width: 8, value: (a) => a.counterpartCountryCode },
      {
        header: c("organisation"),
        width: 32,
        value: (a) => localizedName({ nameAr: a.organisationNameAr, nameFr: a.organisationNameFr, nameEn: a.organisationNameEn }, locale, a.organisationAcronym ?? "") || null,
      },
      { header: c("status"), width: 20, value: (a) => t(`agreements.statuses.${a.signingStatus}`) },
      { header: c("signedOn"), width: 12, value: (a) => dateCell(a.signedOn) },
      { header: c("inForceOn"), width: 12, value: (a) => dateCell(a.inForceOn) },
      { header: c("expiresOn"), width: 12, value: (a) => dateCell(a.expiresOn) },
      { header: c("placeOfSignature"), width: 20, value: (a) => a.placeOfSignature },
    ],
    pages,
  );
}

export type OrganisationExportRow = CountryNames & {
  id: number;
  nameAr: string | null;
  nameFr: string | null;
  nameEn: string | null;
  acronym: string | null;
  type: string;
  countryCode: string | null;
};

/** The organisations export's sheet in `locale` (the names in all three languages). */
export function organisationSheet(locale: Locale, pages: () => Iterable<OrganisationExportRow[]>): SheetSource {
  const t = documentTranslator(locale);
  const c = (key: string) => t(`exports.columns.${key}`);
  return defineSheet<OrganisationExportRow>(
    t("exports.sheets.organisations"),
    [
      { header: c("id"), width: 8, value: (o) => o.id },
      { header: c("nameAr"), width: 40, value: (o) => o.nameAr },
      { header: c("nameFr"), width: 40, value: (o) => o.nameFr },
      { header: c("nameEn"), width: 40, value: (o) => o.nameEn },
      { header: c("acronym"), width: 12, value: (o) => o.acronym },
      { header: c("type"), width: 24, value: (o) => t(`organisations.types.${o.type}`) },
      { header: c("country"), width: 20, value: (o) => countryName(o, o.countryCode, locale) },
      { header: c("countryCode"), width: 8, value: (o) => o.countryCode },
    ],
    pages,
  );
}

export type PersonExportRow = CountryNames & {
  id: number;
  name: string;
  nameTransliterated: string | null;
  countryCode: string | null;
  latestTitle: string | null;
};

/** The people export's sheet in `locale`. */
export function personSheet(locale: Locale, pages: () => Iterable<PersonExportRow[]>): SheetSource {
  const t = documentTranslator(locale);
  const c = (key: string) => t(`exports.columns.${key}`);
  return defineSheet<PersonExportRow>(
    t("exports.sheets.people"),
    [
      { header: c("id"), width: 8, value: (p) => p.id },
      { header: c("name"), width: 32, value: (p) => p.name },
      { header: c("nameTransliterated"), width: 32, value: (p) => p.nameTransliterated },
      { header: c("country"), width: 20, value: (p) => countryName(p, p.countryCode, locale) },
      { header: c("countryCode"), width: 8, value: (p) => p.countryCode },
      { header: c("latestTitle"), width: 40, value: (p) => p.latestTitle },
    ],
    pages,
  );
}
