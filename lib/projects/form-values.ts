/** Maps stored projects to form values, and the project form's choices to localized options. */
import { displayNames } from "@/lib/i18n/intl-cache";
import { toPartialDateInput } from "@/lib/dates/partial-date-input";
import { hundredthsToDecimal } from "@/lib/money/money";
import type { Locale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";
import { countryChoices } from "@/lib/countries/choices";
import type { fetchProjectFormOptions, StoredProject } from "./queries";
import { formTexts, idText } from "@/lib/validation/form-text";
import { emptyNewOrganisation } from "./form-defaults";
import type { PartnerFormValues, ProjectFormValues } from "./schema";

/** A project's display name: "Acronym — title", or whichever of the two it has. */
export function projectLabel(
  project: { acronym: string | null; titleAr: string | null; titleFr: string | null; titleEn: string | null },
  locale: Locale,
): string {
  const title = localizedName({ nameAr: project.titleAr, nameFr: project.titleFr, nameEn: project.titleEn }, locale);
  return project.acronym ? (title ? `${project.acronym} — ${title}` : project.acronym) : title;
}

/** The edit form's initial values for a stored project: partners grouped by organisation. */
export function projectToFormValues(stored: StoredProject): ProjectFormValues {
  const { project } = stored;
  const partners: PartnerFormValues[] = [];
  for (const row of [...stored.partners].sort((a, b) => a.id - b.id)) {
    const existing = partners.find((p) => p.organisationId === String(row.organisationId));
    if (existing) {
      existing.roles.push(row.role);
      if (row.note && !existing.note.split("\n").includes(row.note)) existing.note = existing.note ? `${existing.note}\n${row.note}` : row.note;
    } else {
      partners.push({ organisationId: String(row.organisationId), newOrganisation: emptyNewOrganisation(), roles: [row.role], note: row.note ?? "" });
    }
  }
  return {
    ...formTexts(project, ["acronym", "titleAr", "titleFr", "titleEn", "partnerCountryCode"]),
    programmeId: idText(project.programmeId),
    status: project.status,
    plannedStart: toPartialDateInput(project.plannedStart),
    plannedEnd: toPartialDateInput(project.plannedEnd),
    actualStart: toPartialDateInput(project.actualStart, "day"),
    actualEnd: toPartialDateInput(project.actualEnd, "day"),
    budgetAmount: project.budgetHundredths === null ? "" : hundredthsToDecimal(project.budgetHundredths),
    budgetCurrency: project.budgetCurrency ?? "",
    budgetKind: project.budgetKind ?? "original",
    fundingSource: project.fundingSource ?? "",
    notes: project.notes ?? "",
    objectives: stored.objectives.map((o) => ({ text: o.text })),
    phases: stored.phases.map((p) => ({
      phase: p.phase,
      plannedMonths: p.plannedMonths === null ? "" : String(p.plannedMonths),
      plannedStart: toPartialDateInput(p.plannedStart),
      plannedEnd: toPartialDateInput(p.plannedEnd),
    })),
    partners,
  };
}

/** Common currencies first (the department's and its donors'), then every ISO 4217 code. */
export function currencyChoices(locale: Locale) {
  const names = displayNames({ ar: "ar-MA", fr: "fr-MA", en: "en-GB" }[locale], { type: "currency" });
  const common = ["EUR", "MAD", "USD", "GBP", "CHF"];
  const rest = Intl.supportedValuesOf("currency").filter((c) => !common.includes(c));
  return [...common, ...rest].map((code) => ({ value: code, label: `${code} — ${names.of(code) ?? code}` }));
}

/** Localized choices of the project and milestone forms. */
export function projectFormChoices(options: ReturnType<typeof fetchProjectFormOptions>, locale: Locale) {
  return {
    countries: countryChoices(options.countries, locale),
    programmes: options.programmes.map((p) => ({ value: String(p.id), label: localizedName(p, locale, p.acronym ?? String(p.id)) })),
    partnerRoles: options.partnerRoles.map((r) => ({ code: r.code, iatiCode: r.iatiCode })),
    currencies: currencyChoices(locale),
    linksMeetings: options.linksMeetings,
  };
}
export type ProjectFormChoices = ReturnType<typeof projectFormChoices>;
