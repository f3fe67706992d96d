/**
 * A project as other reads show it in a line (a country's projects, a committee's workspace, an
 * export, a publication): the columns selected, defined once so that every list names and dates a
 * project alike. Spread into a drizzle `.select({ ... })` next to the read's own columns.
 */
import "server-only";
import { projects } from "@/db/schema";

/** `{ id, acronym, titleAr, titleFr, titleEn }`: what names a project in any language. */
export const projectTitleColumns = {
  id: projects.id,
  acronym: projects.acronym,
  titleAr: projects.titleAr,
  titleFr: projects.titleFr,
  titleEn: projects.titleEn,
};

/** The title, the status and the planned period (partial ISO dates, "2024" to "2026-06-30"). */
export const projectSummaryColumns = {
  ...projectTitleColumns,
  status: projects.status,
  plannedStart: projects.plannedStart,
  plannedEnd: projects.plannedEnd,
};

/** The summary with the actual period (partial ISO dates, null until known). */
export const projectPeriodColumns = {
  ...projectSummaryColumns,
  actualStart: projects.actualStart,
  actualEnd: projects.actualEnd,
};

/** The stated budget: hundredths of the currency's unit (integer) and its ISO 4217 code. */
export const projectBudgetColumns = {
  budgetHundredths: projects.budgetHundredths,
  budgetCurrency: projects.budgetCurrency,
};
