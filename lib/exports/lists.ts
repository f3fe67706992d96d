/**
 * The exportable lists and how each one is exported: the list's own filter schema read from the
 * query string by the list page's own helper (lib/lists/search-params.ts), its reads
 * (lib/exports/queries.ts) and its sheets. `prepareExport` checks the permission and builds the
 * WHERE before anything is streamed; `recordExport` writes the audit entry.
 */
import "server-only";
import { recordReadAudit } from "@/lib/audit/read-entry";
import { agreementFiltersSchema } from "@/lib/agreements/schema";
import type { SessionUser } from "@/lib/auth/session";
import { directionOf, type Locale } from "@/lib/i18n/config";
import { parseListFilters, type RawSearchParams } from "@/lib/lists/search-params";
import { meetingFiltersSchema } from "@/lib/meetings/schema";
import { milestoneListFiltersSchema } from "@/lib/milestones/schema";
import { organisationFiltersSchema } from "@/lib/organisations/schema";
import { peopleFiltersSchema } from "@/lib/people/schema";
import { projectFiltersSchema } from "@/lib/projects/schema";
import { meetingSheets } from "./meeting-columns";
import { projectSheets } from "./project-columns";
import {
  agreementExportPages,
  meetingExportPages,
  milestoneExportPages,
  organisationExportPages,
  personExportPages,
  projectExportPages,
} from "./queries";
import { agreementSheet, milestoneSheet, organisationSheet, personSheet } from "./record-columns";
import type { SheetSource } from "./sheet";
import { CSV_CONTENT_TYPE, csvStream, XLSX_CONTENT_TYPE, xlsxStream } from "./writers";

export const exportLists = ["meetings", "projects", "milestones", "agreements", "organisations", "people"] as const;
export type ExportList = (typeof exportLists)[number];
export const exportFormats = ["xlsx", "csv"] as const;
export type ExportFormat = (typeof exportFormats)[number];

export function isExportList(value: string): value is ExportList {
  return (exportLists as readonly string[]).includes(value);
}

/** The list's sheets under the filters of `raw`, read by the list page's own schema, and those filters. */
function listExport(user: SessionUser, list: ExportList, raw: RawSearchParams, locale: Locale): { sheets: SheetSource[]; filters: Record<string, unknown> } {
  switch (list) {
    case "meetings": {
      const filters = parseListFilters(meetingFiltersSchema, raw);
      return { filters, sheets: meetingSheets(locale, meetingExportPages(user, filters)) };
    }
    case "projects": {
      const filters = parseListFilters(projectFiltersSchema, raw);
      return { filters, sheets: projectSheets(locale, projectExportPages(user, filters)) };
    }
    case "milestones": {
      const filters = parseListFilters(milestoneListFiltersSchema, raw);
      return { filters, sheets: [milestoneSheet(locale, milestoneExportPages(user, filters))] };
    }
    case "agreements": {
      const filters = parseListFilters(agreementFiltersSchema, raw);
      return { filters, sheets: [agreementSheet(locale, agreementExportPages(user, filters))] };
    }
    case "organisations": {
      const filters = parseListFilters(organisationFiltersSchema, raw);
      return { filters, sheets: [organisationSheet(locale, organisationExportPages(user, filters))] };
    }
    case "people": {
      const filters = parseListFilters(peopleFiltersSchema, raw);
      return { filters, sheets: [personSheet(locale, personExportPages(user, filters))] };
    }
  }
}

/** A prepared export: the streamed body and its headers. */
export type PreparedExport = { body: ReadableStream<Uint8Array>; contentType: string; fileName: string; filters: Record<string, unknown> };

/**
 * Prepares the export of `list` as the user sees it with the filters of `raw` (the list page's
 * query string), in `locale` (headers, labels, sheet direction). Rows are read as the body is.
 * @param today `YYYY-MM-DD`, for the file name (`taawun-meetings-2026-12-01.xlsx`)
 * @throws ForbiddenError when the user may not read the list's records
 */
export function prepareExport(user: SessionUser, list: ExportList, format: ExportFormat, raw: RawSearchParams, locale: Locale, today: string): PreparedExport {
  const { sheets, filters: parsed } = listExport(user, list, raw, locale);
  // The page number is the list's, not the export's (which takes every page).
  const filters = Object.fromEntries(Object.entries(parsed).filter(([key]) => key !== "page"));
  const fileName = `taawun-${list}-${today}.${format}`;
  if (format === "csv") return { body: csvStream(sheets[0]!), contentType: CSV_CONTENT_TYPE, fileName, filters };
  return { body: xlsxStream(sheets, { rightToLeft: directionOf(locale) === "rtl" }), contentType: XLSX_CONTENT_TYPE, fileName, filters };
}

/**
 * Audits an export: who exported which list, in which format, with which filters (an `export`
 * entry on entity type `export`, no record id: an export reads, it changes no record, so it is not
 * a mutation of lib/write: lib/audit/read-entry.ts).
 */
export function recordExport(user: SessionUser, list: ExportList, format: ExportFormat, filters: Record<string, unknown>): void {
  recordReadAudit(user.id, { action: "export", entityType: "export", entityId: null, details: { list, format, filters } });
}
