/**
 * The projects export's columns: one row per project (its partners in one readable cell), then
 * one row per partner role (project, organisation, role) for pivoting. Budgets are numbers with
 * their ISO 4217 currency in its own column.
 */
import { documentTranslator } from "@/lib/publications/translator";
import { localizedName, localizedText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/config";
import { dateCell, defineSheet, moneyCell, type SheetSource } from "./sheet";

type Names = { nameAr: string | null; nameFr: string | null; nameEn: string | null };

export type ProjectExportPartner = Names & { organisationId: number; acronym: string | null; partnerRole: string };

/** A project as the export reads it (lib/exports/queries.ts). */
export type ProjectExportRow = {
  id: number;
  acronym: string | null;
  titleAr: string | null;
  titleFr: string | null;
  titleEn: string | null;
  partnerCountryCode: string | null;
  countryNameAr: string | null;
  countryNameFr: string | null;
  countryNameEn: string | null;
  programmeNameAr: string | null;
  programmeNameFr: string | null;
  programmeNameEn: string | null;
  status: string;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  budgetHundredths: number | null;
  budgetCurrency: string | null;
  budgetKind: string | null;
  fundingSource: string | null;
  partners: ProjectExportPartner[];
};

/** The projects export's two sheets in `locale`: projects, then partners. */
export function projectSheets(locale: Locale, pages: () => Iterable<ProjectExportRow[]>): SheetSource[] {
  const t = documentTranslator(locale);
  const c = (key: string) => t(`exports.columns.${key}`);
  const organisation = (p: ProjectExportPartner) => localizedName(p, locale, p.acronym ?? String(p.organisationId));
  const projects = defineSheet<ProjectExportRow>(
    t("exports.sheets.projects"),
    [
      { header: c("id"), width: 8, value: (p) => p.id },
      { header: c("acronym"), width: 14, value: (p) => p.acronym },
      // The user's language where a title exists, otherwise the original (issue 14), as on the pages.
      { header: c("title"), width: 48, value: (p) => localizedText({ ar: p.titleAr, fr: p.titleFr, en: p.titleEn }, locale)?.text ?? null },
      {
        header: c("country"),
        width: 20,
        value: (p) => (p.partnerCountryCode ? localizedName({ nameAr: p.countryNameAr, nameFr: p.countryNameFr, nameEn: p.countryNameEn }, locale, p.partnerCountryCode) : null),
      },
      { header: c("countryCode"), width: 8, value: (p) => p.partnerCountryCode },
      { header: c("programme"), width: 32, value: (p) => localizedName({ nameAr: p.programmeNameAr, nameFr: p.programmeNameFr, nameEn: p.programmeNameEn }, locale) || null },
      { header: c("status"), width: 16, value: (p) => t(`projects.statuses.${p.status}`) },
      { header: c("plannedStart"), width: 12, value: (p) => dateCell(p.plannedStart) },
      { header: c("plannedEnd"), width: 12, value: (p) => dateCell(p.plannedEnd) },
      { header: c("actualStart"), width: 12, value: (p) => dateCell(p.actualStart) },
      { header: c("actualEnd"), width: 12, value: (p) => dateCell(p.actualEnd) },
      { header: c("budget"), width: 18, value: (p) => moneyCell(p.budgetHundredths) },
      { header: c("currency"), width: 8, value: (p) => p.budgetCurrency },
      { header: c("budgetKind"), width: 16, value: (p) => (p.budgetKind ? t(`projects.budgetKinds.${p.budgetKind}`) : null) },
      { header: c("fundingSource"), width: 32, value: (p) => p.fundingSource },
      {
        header: c("partners"),
        width: 60,
        value: (p) => p.partners.map((partner) => `${organisation(partner)} (${t(`projects.roles.${partner.partnerRole}`)})`).join("; ") || null,
      },
    ],
    pages,
  );
  type PartnerRow = ProjectExportPartner & { projectId: number; projectAcronym: string | null };
  const partners = defineSheet<PartnerRow>(
    t("exports.sheets.partners"),
    [
      { header: c("projectId"), width: 10, value: (p) => p.projectId },
      { header: c("acronym"), width: 14, value: (p) => p.projectAcronym },
      { header: c("organisationId"), width: 10, value: (p) => p.organisationId },
      { header: c("organisation"), width: 40, value: organisation },
      { header: c("role"), width: 22, value: (p) => t(`projects.roles.${p.partnerRole}`) },
    ],
    function* () {
      for (const page of pages()) yield page.flatMap((p) => p.partners.map((partner) => ({ ...partner, projectId: p.id, projectAcronym: p.acronym })));
    },
  );
  return [projects, partners];
}
