/**
 * The columns of each import kind, with their headers in ar/fr/en. A file's header row may use any
 * of the three languages (or the field key itself, e.g. `startsOn`); the template is written in
 * the user's language. Meetings columns are the contract shared with the meetings export
 * (lib/exports): same fields, same order, same headers, so an export re-imports as it is.
 * Pure (no server-only import): the page's client component shows the same labels.
 */
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import type { Locale } from "@/lib/i18n/config";
import type { Resource } from "@/lib/auth/permissions";
import { normalizeForSearch } from "@/lib/text/normalize-arabic";

export const importKinds = ["meetings", "people", "organisations"] as const;
export type ImportKind = (typeof importKinds)[number];

/** The permission resource an import kind writes. */
export const importResource: Record<ImportKind, Resource> = { meetings: "meeting", people: "person", organisations: "organisation" };

export type ImportColumn = {
  field: string;
  labels: Record<Locale, string>;
  /** Read with the date rules of lib/imports/dates.ts. */
  date?: boolean;
};

const catalogues = { ar, fr, en } as const;

/** The label at a dotted messages path, in each language. */
function message(path: string): Record<Locale, string> {
  const at = (catalogue: unknown) => path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], catalogue);
  const labels = { ar: at(catalogues.ar), fr: at(catalogues.fr), en: at(catalogues.en) };
  for (const value of Object.values(labels)) if (typeof value !== "string") throw new Error(`No message at ${path}`);
  return labels as Record<Locale, string>;
}

const idColumn: ImportColumn = { field: "id", labels: { ar: "المعرف", fr: "Identifiant", en: "ID" } };
const countryCodeColumn: ImportColumn = { field: "countryCode", labels: { ar: "رمز البلد", fr: "Code pays", en: "Country code" } };

export const importColumns: Record<ImportKind, ImportColumn[]> = {
  meetings: [
    idColumn,
    { field: "startsOn", labels: message("meetings.form.startsOn"), date: true },
    { field: "endsOn", labels: message("meetings.form.endsOn"), date: true },
    { field: "kind", labels: message("meetings.form.kind") },
    { field: "country", labels: message("meetings.form.country") },
    countryCodeColumn,
    { field: "city", labels: message("meetings.form.city") },
    { field: "venue", labels: message("meetings.form.venue") },
    { field: "counterparts", labels: message("meetings.form.counterparts") },
    { field: "topics", labels: message("meetings.form.topics") },
    { field: "outcome", labels: message("meetings.form.outcome") },
  ],
  people: [
    idColumn,
    { field: "name", labels: message("people.form.name") },
    { field: "nameTransliterated", labels: message("people.form.nameTransliterated") },
    { field: "country", labels: message("people.form.country") },
    countryCodeColumn,
    { field: "notes", labels: message("people.form.notes") },
  ],
  organisations: [
    idColumn,
    { field: "nameAr", labels: message("organisations.form.nameAr") },
    { field: "nameFr", labels: message("organisations.form.nameFr") },
    { field: "nameEn", labels: message("organisations.form.nameEn") },
    { field: "acronym", labels: message("organisations.form.acronym") },
    { field: "type", labels: message("organisations.form.type") },
    { field: "country", labels: message("organisations.form.country") },
    countryCodeColumn,
  ],
};

/** A column's header in one language (the field key for an unknown field). */
export function columnLabel(kind: ImportKind, field: string, locale: Locale): string {
  return importColumns[kind].find((c) => c.field === field)?.labels[locale] ?? field;
}

/**
 * Maps a header row onto the kind's fields.
 * @returns `fields[i]` the field of column i (null for a blank header), or the headers that are
 *   not known (`unknown`, as written) and the same field given twice (`repeated`).
 */
export function matchHeaders(kind: ImportKind, headers: readonly string[]): { fields: (string | null)[]; unknown: string[]; repeated: string[] } {
  const byHeader = new Map<string, string>();
  for (const column of importColumns[kind]) {
    byHeader.set(normalizeForSearch(column.field), column.field);
    for (const label of Object.values(column.labels)) byHeader.set(normalizeForSearch(label), column.field);
  }
  const unknown: string[] = [];
  const repeated: string[] = [];
  const seen = new Set<string>();
  const fields = headers.map((header) => {
    const key = normalizeForSearch(header);
    if (!key) return null;
    const field = byHeader.get(key);
    if (!field) {
      unknown.push(header.trim());
      return null;
    }
    if (seen.has(field)) repeated.push(header.trim());
    seen.add(field);
    return field;
  });
  return { fields, unknown, repeated };
}

/**
 * A code list's labels in every language, normalised, mapped to the code (the code itself too):
 * `codeIndex("meetings.kinds", meetingKinds)` reads "Séance de travail", "جلسة عمل" or
 * "working_meeting" as `working_meeting`.
 */
export function codeIndex<T extends string>(path: string, codes: readonly T[]): Map<string, T> {
  const index = new Map<string, T>();
  for (const code of codes) {
    index.set(normalizeForSearch(code), code);
    for (const label of Object.values(message(`${path}.${code}`))) index.set(normalizeForSearch(label), code);
  }
  return index;
}
