/**
 * The preview of an import: what each row of the file would do, shown before anything is written,
 * and the prepared values the commit writes. Shapes shared by the analysis (lib/imports/analyse-*),
 * the commit (lib/imports/commit.ts) and the page (components/imports).
 */
import type { DateReading } from "./dates";
import type { ImportKind } from "./columns";

/** Why a row is refused; each names its column (`field`, null for the whole row). Messages: imports.issues.* */
export const issueCodes = [
  "required",
  "nameRequired",
  "dateUnreadable",
  "dateImpossible",
  "datePrecisionMismatch",
  "dateRangeOrder",
  "kindUnknown",
  "typeUnknown",
  "countryUnknown",
  "countryCodeUnknown",
  "countryMismatch",
  "counterpartRequired",
  "counterpartRepeated",
  "tooLong",
  "idInvalid",
  "idUnknown",
  "formulaNoValue",
  "cellError",
  "duplicateRow",
] as const;
export type IssueCode = (typeof issueCodes)[number];

export type RowIssue = { code: IssueCode; field: string | null; value: string; otherRow?: number };

/** Why a row matches a stored record. Messages: imports.reasons.* */
export type MatchReason = "id" | "sameMeeting" | "name" | "acronym";

export type RowStatus = "new" | "match" | "unchanged" | "refused" | "ambiguous";

export type PreviewCounterpart = { name: string; title: string; personId: number | null; personName: string | null };

export type PreviewRow = {
  rowNumber: number;
  status: RowStatus;
  /** What the row is, in a few words (a meeting's date and counterparts, a name). */
  label: string;
  match: { id: number; version: number; label: string; reason: MatchReason } | null;
  /** Fields an update would change (status "match"). */
  changes: string[];
  issues: RowIssue[];
  /** Date cells that need the user's reading (status "ambiguous"). */
  ambiguous: { field: string; value: string; readings: Partial<Record<DateReading, string>> }[];
  /** The reading applied to this row's ambiguous dates, when the user chose one. */
  reading: DateReading | null;
  counterparts: PreviewCounterpart[];
};

export type ImportPreview = {
  kind: ImportKind;
  format: "xlsx" | "csv";
  fileName: string;
  /** SHA-256 of the file, hex. */
  fileHash: string;
  rows: PreviewRow[];
  counts: Record<RowStatus, number>;
  /** The same file (same hash) was committed before. */
  alreadyImported: { at: string; fileName: string } | null;
};

/** A choice for one row; rows without one are skipped. */
export type RowAction = "create" | "update" | "skip";

/** Values prepared for the write, by kind; `null` = the cell was blank (an update keeps the stored value). */
export type PreparedMeeting = {
  kind: "meetings";
  startsOn: string | null;
  endsOn: string | null;
  meetingKind: string | null;
  countryCode: string | null;
  city: string | null;
  venue: string | null;
  topics: string | null;
  outcome: string | null;
  counterparts: PreviewCounterpart[] | null;
};
export type PreparedPerson = { kind: "people"; name: string | null; nameTransliterated: string | null; countryCode: string | null; notes: string | null };
export type PreparedOrganisation = {
  kind: "organisations";
  nameAr: string | null;
  nameFr: string | null;
  nameEn: string | null;
  acronym: string | null;
  type: string | null;
  countryCode: string | null;
};
export type PreparedValues = PreparedMeeting | PreparedPerson | PreparedOrganisation;

export type Analysis = { rows: PreviewRow[]; prepared: Map<number, PreparedValues> };

/** Counts rows by status. */
export function countStatuses(rows: readonly PreviewRow[]): Record<RowStatus, number> {
  const counts: Record<RowStatus, number> = { new: 0, match: 0, unchanged: 0, refused: 0, ambiguous: 0 };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}
