/**
 * Form values → projects columns ("" → null, ids as numbers, dates as partial ISO strings): the one
 * mapping of these columns, used by the server actions and by the seed loader (db/seed/load.ts),
 * so a column is mapped in one place. Pure; safe on both sides.
 */
import { parseMoney } from "@/lib/money/money";
import { dateOrNull } from "@/lib/dates/partial-date-input";
import type { PhaseFormValues, ProjectFormValues } from "./schema";
import { projectSearchText } from "./search-text";

/** The project form's own fields (objectives, phases and partners are rows of their own). */
export type ProjectColumnValues = Omit<ProjectFormValues, "objectives" | "phases" | "partners">;

/** The project's own columns, with its search text. */
export function projectColumns(values: ProjectColumnValues) {
  const amount = parseMoney(values.budgetAmount);
  return {
    acronym: values.acronym || null,
    titleAr: values.titleAr || null,
    titleFr: values.titleFr || null,
    titleEn: values.titleEn || null,
    partnerCountryCode: values.partnerCountryCode || null,
    programmeId: values.programmeId ? Number(values.programmeId) : null,
    status: values.status,
    plannedStart: dateOrNull(values.plannedStart),
    plannedEnd: dateOrNull(values.plannedEnd),
    actualStart: dateOrNull(values.actualStart),
    actualEnd: dateOrNull(values.actualEnd),
    budgetHundredths: amount,
    budgetCurrency: amount === null ? null : values.budgetCurrency || null,
    budgetKind: amount === null ? null : values.budgetKind,
    fundingSource: values.fundingSource || null,
    notes: values.notes || null,
    searchText: projectSearchText(values),
  };
}

/** One phase row of the form → `project_phases` columns (without the project and position). */
export function phaseColumns(phase: PhaseFormValues) {
  return {
    phase: phase.phase,
    plannedMonths: phase.plannedMonths ? Number(phase.plannedMonths) : null,
    plannedStart: dateOrNull(phase.plannedStart),
    plannedEnd: dateOrNull(phase.plannedEnd),
  };
}
