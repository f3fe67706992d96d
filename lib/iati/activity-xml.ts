/**
 * IATI Activity Standard 2.03 XML for the department's projects (https://iatistandard.org/en/iati-standard/203/activity-standard/).
 * Elements in the schema's order: iati-identifier, reporting-org, title, description,
 * participating-org, activity-status, activity-date, recipient-country, budget, result.
 *
 * What the records do not hold is never made up; it is left out and listed in the export note
 * (an XML comment at the top of the file, in the user's language):
 * - IATI dates are full `xs:date`s: a date held only to the month or year is left out, never
 *   padded to a day. A project with no day-precision activity date cannot be a valid activity
 *   (activity-date is required) and is left out of the file, named in the note.
 * - Participating organisations carry the IATI OrganisationRole code of their role
 *   (1 Funding, 2 Accountable, 3 Extending, 4 Implementing, from partner_roles.iati_code); a role of
 *   the department's own (steering-committee member, strategic partner, observer, beneficiary)
 *   has no IATI code, so that partner is not listed as participating-org and the note says so.
 * - A budget needs a period of full dates (the project's planned start and end) and a value date
 *   (the period's start, the usual convention); otherwise it is left out.
 * - Results: a milestone done, dated to the day, is an output result with one qualitative
 *   indicator whose period is the milestone's day(s); other milestones are left out.
 * Code lists: ActivityStatus, ActivityDateType, OrganisationRole, OrganisationType,
 * ResultType (1 Output), IndicatorMeasure (5 Qualitative), BudgetType (1 Original, 2 Revised),
 * BudgetStatus (1 Indicative), DescriptionType (1 General, 2 Objectives), from
 * https://iatistandard.org/en/iati-standard/203/codelists/.
 */
import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import { organisationTypes, projectStatuses } from "@/db/enums";
import { formatPartialDate, parsePartialDate } from "@/lib/dates/partial-date";
import type { Locale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";
import { hundredthsToDecimal } from "@/lib/money/money";
import type { Translate } from "@/lib/publications/translator";
import type { IatiProject } from "./queries";

/** Placeholder reporting-organisation identifier until the department registers one with IATI. */
export const PLACEHOLDER_REPORTING_ORG_REF = "XX-TAAWUN";

/** IATI ActivityStatus code of each project status (the schema's list is in the same order). */
// IATI ActivityStatus codes 1-6 in the code list's order; "not_stated" has none (the project is left out).
const activityStatusCode = Object.fromEntries(projectStatuses.filter((s) => s !== "not_stated").map((status, i) => [status, String(i + 1)])) as Partial<Record<(typeof projectStatuses)[number], string>>;

/** IATI OrganisationType where our type says it without doubt; others are left without @type. */
const organisationTypeCode: Partial<Record<(typeof organisationTypes)[number], string>> = {
  ministry: "10",
  parliament: "10",
  local_authority: "11",
  national_institution: "15",
  foundation: "60",
  international_organisation: "40",
  eu_institution: "40",
};

/** The department's own country: its bilateral projects are carried out in Morocco. */
const RECIPIENT_COUNTRY = "MA";

export type IatiExport = { xml: string; notes: string[]; activityCount: number };

const isDay = (value: string | null | undefined): value is string => parsePartialDate(value)?.precision === "day";

/** `--` may not appear in an XML comment. */
const commentSafe = (text: string) => text.replace(/-{2,}/g, "–");

/**
 * Builds one IATI activities file.
 * @param rows validated projects (fetchProjectsForIati)
 * @param options.reportingOrgRef the department's IATI organisation identifier (env IATI_REPORTING_ORG_REF)
 * @param options.departmentNames the reporting organisation's name per language
 * @param options.now ISO 8601 instant of the export (generated-datetime)
 * @param options.locale the note's language; t its translator
 * @returns the XML text, the note's lines, and how many activities the file holds
 */
export function buildIatiActivities(
  rows: IatiProject[],
  options: { reportingOrgRef: string; departmentNames: Partial<Record<Locale, string>>; now: string; locale: Locale },
  t: Translate,
): IatiExport {
  const { locale } = options;
  const n = (key: string, values?: Record<string, string | number>) => t(`publications.iati.notes.${key}`, values);
  const notes: string[] = [];
  if (options.reportingOrgRef === PLACEHOLDER_REPORTING_ORG_REF) notes.push(n("placeholderRef", { ref: PLACEHOLDER_REPORTING_ORG_REF }));
  notes.push(n("recipientCountry", { code: RECIPIENT_COUNTRY }));

  const root = create({ version: "1.0", encoding: "UTF-8" }).ele("iati-activities", { version: "2.03", "generated-datetime": options.now.replace(/\.\d+Z$/, "Z") });
  let activityCount = 0;
  for (const row of rows) {
    const { project } = row;
    const name = project.acronym ?? localizedName({ nameAr: project.titleAr, nameFr: project.titleFr, nameEn: project.titleEn }, locale, `#${project.id}`);
    const dated = (["plannedStart", "actualStart", "plannedEnd", "actualEnd"] as const).map((field, i) => ({ field, type: String(i + 1), value: project[field] }));
    for (const d of dated) {
      if (d.value && !isDay(d.value)) {
        notes.push(n("dateNotDay", { project: name, field: t(`publications.iati.dateTypes.${d.field}`), value: d.value, date: formatPartialDate(d.value, locale) }));
      }
    }
    const fullDates = dated.filter((d) => isDay(d.value));
    const participants = row.partners.filter((p) => p.iatiRole !== null);
    for (const p of row.partners.filter((x) => x.iatiRole === null)) {
      notes.push(n("roleWithoutCode", { project: name, organisation: p.acronym ?? localizedName(p, locale), role: t(`projects.roles.${p.partnerRole}`) }));
    }
    if (fullDates.length === 0) {
      notes.push(n("noFullDate", { project: name }));
      continue;
    }
    // IATI requires an activity status; one the records do not state is never invented.
    if (!activityStatusCode[project.status]) {
      notes.push(n("statusNotStated", { project: name }));
      continue;
    }
    if (participants.length === 0) {
      notes.push(n("noParticipant", { project: name }));
      continue;
    }
    activityCount += 1;
    const activity = root.ele("iati-activity", {
      "last-updated-datetime": project.updatedAt.replace(/\.\d+Z$/, "Z"),
      "xml:lang": "ar",
      ...(project.budgetCurrency ? { "default-currency": project.budgetCurrency } : {}),
    });
    activity.ele("iati-identifier").txt(`${options.reportingOrgRef}-${project.id}`);
    const reporting = activity.ele("reporting-org", { ref: options.reportingOrgRef, type: "10" });
    for (const [lang, text] of Object.entries(options.departmentNames)) if (text) narrative(reporting, text, lang);
    const title = activity.ele("title");
    for (const [lang, text] of [["ar", project.titleAr], ["fr", project.titleFr], ["en", project.titleEn]] as const) if (text) narrative(title, text, lang);
    if (!project.titleAr && !project.titleFr && !project.titleEn) narrative(title, name, "en");
    if (row.objectives.length > 0) {
      // The seed's objectives are Arabic, as the source page gives them.
      narrative(activity.ele("description", { type: "2" }), row.objectives.join("\n"), "ar");
    } else {
      const description = activity.ele("description", { type: "1" });
      for (const [lang, text] of [["ar", project.titleAr], ["fr", project.titleFr], ["en", project.titleEn]] as const) if (text) narrative(description, text, lang);
      if (!project.titleAr && !project.titleFr && !project.titleEn) narrative(description, name, "en");
    }
    for (const p of participants) {
      const type = organisationTypeCode[p.organisationType];
      const org = activity.ele("participating-org", { role: String(p.iatiRole), ...(type ? { type } : {}) });
      for (const [lang, text] of [["ar", p.nameAr], ["fr", p.nameFr], ["en", p.nameEn]] as const) if (text) narrative(org, p.acronym && text !== p.acronym ? `${text} (${p.acronym})` : text, lang);
      if (!p.nameAr && !p.nameFr && !p.nameEn && p.acronym) narrative(org, p.acronym, "en");
    }
    activity.ele("activity-status", { code: activityStatusCode[project.status]! });
    for (const d of fullDates) activity.ele("activity-date", { type: d.type, "iso-date": d.value });
    activity.ele("recipient-country", { code: RECIPIENT_COUNTRY, percentage: "100" });
    if (project.budgetHundredths !== null && project.budgetCurrency) {
      if (isDay(project.plannedStart) && isDay(project.plannedEnd)) {
        const budget = activity.ele("budget", { type: project.budgetKind === "revised" ? "2" : "1", status: "1" });
        budget.ele("period-start", { "iso-date": project.plannedStart });
        budget.ele("period-end", { "iso-date": project.plannedEnd });
        budget.ele("value", { currency: project.budgetCurrency, "value-date": project.plannedStart }).txt(hundredthsToDecimal(project.budgetHundredths));
      } else {
        notes.push(n("budgetLeftOut", { project: name }));
      }
    }
    for (const m of row.milestones) {
      const on = m.actualOn ?? m.plannedOn;
      const end = m.actualOn ? m.actualOn : (m.plannedEndOn ?? m.plannedOn);
      if (m.status !== "done") continue;
      if (!on) {
        notes.push(n("milestoneUndated", { project: name, title: m.title }));
        continue;
      }
      if (!isDay(on) || !isDay(end)) {
        notes.push(n("milestoneNotDay", { project: name, title: m.title, value: on, date: formatPartialDate(on, locale) }));
        continue;
      }
      const result = activity.ele("result", { type: "1" });
      narrative(result.ele("title"), m.title, "ar");
      const indicator = result.ele("indicator", { measure: "5" });
      narrative(indicator.ele("title"), m.title, "ar");
      const period = indicator.ele("period");
      period.ele("period-start", { "iso-date": on });
      period.ele("period-end", { "iso-date": end });
      narrative(period.ele("actual").ele("comment"), t("projects.activityStatuses.done"), locale);
    }
  }
  const body = root.doc().end({ prettyPrint: true });
  const comment = `<!--\n${commentSafe(`${t("publications.iati.noteTitle")}:\n${notes.map((line) => `- ${line}`).join("\n")}`)}\n-->\n`;
  // The note goes right after the XML declaration, before the root element.
  const xml = body.replace(/^(<\?xml[^>]*\?>\n?)/, `$1${comment}`);
  return { xml, notes, activityCount };
}

function narrative(parent: XMLBuilder, text: string, lang: string) {
  parent.ele("narrative", { "xml:lang": lang }).txt(text);
}
