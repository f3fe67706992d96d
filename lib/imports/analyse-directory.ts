/**
 * The people and organisations imports, row by row. A row matches a stored record by its `id`
 * column, else by name: a person whose name or transliteration equals the row's name or
 * transliteration (in either script, normalised); an organisation one of whose ar/fr/en names
 * equals one of the row's, else the same acronym. Several candidates: the smallest id (the oldest
 * record), named in the preview. A blank cell never erases: an update keeps the stored value.
 */
import { and, asc, isNull } from "drizzle-orm";
import { organisations, organisationTypes, people } from "@/db/schema";
import { localizedName } from "@/lib/i18n/localized";
import { normalizeForSearch } from "@/lib/text/normalize-arabic";
import { codeIndex } from "./columns";
import { loadCountries, rowReader, type Connection } from "./lookups";
import type { ReadSheet } from "./read-file";
import type { Analysis, MatchReason, PreparedOrganisation, PreparedPerson, PreviewRow, RowIssue } from "./preview";

type Found<T> = { record: T; reason: MatchReason } | null;

/**
 * A name the row spells as the stored record does, up to normalisation (أحمد / احمد, Hélène /
 * Helene): not a change, so the stored spelling stays. Other values are returned as they are.
 */
function unlessSameName(value: string | null, stored: string | null | undefined): string | null {
  return value !== null && normalizeForSearch(value) === normalizeForSearch(stored) ? null : value;
}

function changedFields(pairs: [string, unknown, unknown][]): string[] {
  return pairs.filter(([, value, before]) => value !== null && value !== (before ?? null)).map(([field]) => (field === "countryCode" ? "country" : field));
}

/** Status of an analysed row, refusing a second row for the same record or the same new name. */
function statusOf(issues: RowIssue[], found: Found<unknown>, changes: string[]): PreviewRow["status"] {
  if (issues.length > 0) return "refused";
  if (found) return changes.length ? "match" : "unchanged";
  return "new";
}

function checkDuplicate(seen: Map<string, number>, key: string, rowNumber: number, issues: RowIssue[]) {
  if (issues.length > 0 || !key) return;
  const earlier = seen.get(key);
  if (earlier !== undefined) issues.push({ code: "duplicateRow", field: null, value: "", otherRow: earlier });
  else seen.set(key, rowNumber);
}

/** Analyses a people sheet (see the module's rules). */
export function analysePeople(db: Connection, sheet: ReadSheet, fields: (string | null)[]): Analysis {
  const countryIndex = loadCountries(db);
  const stored = db.select().from(people).where(and(isNull(people.archivedAt), isNull(people.mergedIntoId))).orderBy(asc(people.id)).all();
  const byName = new Map<string, (typeof stored)[number]>();
  for (const p of stored) {
    for (const name of [p.name, p.nameTransliterated]) {
      const key = normalizeForSearch(name);
      if (key && !byName.has(key)) byName.set(key, p);
    }
  }
  const rows: PreviewRow[] = [];
  const prepared = new Map<number, PreparedPerson>();
  const seen = new Map<string, number>();
  for (const { rowNumber, cells } of sheet.rows) {
    const read = rowReader(fields, cells);
    const id = read.id();
    let name = read.text("name", 200);
    let nameTransliterated = read.text("nameTransliterated", 200);
    const countryCode = read.country(countryIndex);
    const notes = read.text("notes", 5000);
    let found: Found<(typeof stored)[number]> = null;
    if (id !== null) {
      const record = stored.find((p) => p.id === id);
      if (record) found = { record, reason: "id" };
      else read.issue("idUnknown", "id", String(id));
    } else {
      const record = [name, nameTransliterated].map((n) => byName.get(normalizeForSearch(n))).find(Boolean);
      if (record) found = { record, reason: "name" };
      else if (!name) read.issue("required", "name", "");
    }
    if (found) {
      name = unlessSameName(name, found.record.name);
      nameTransliterated = unlessSameName(nameTransliterated, found.record.nameTransliterated);
    }
    const changes = found
      ? changedFields([
          ["name", name, found.record.name],
          ["nameTransliterated", nameTransliterated, found.record.nameTransliterated],
          ["countryCode", countryCode, found.record.countryCode],
          ["notes", notes, found.record.notes],
        ])
      : [];
    checkDuplicate(seen, found ? `#${found.record.id}` : normalizeForSearch(name), rowNumber, read.issues);
    rows.push({
      rowNumber,
      status: statusOf(read.issues, found, changes),
      label: name ?? nameTransliterated ?? found?.record.name ?? "",
      match: found ? { id: found.record.id, version: found.record.version, label: found.record.name, reason: found.reason } : null,
      changes,
      issues: read.issues,
      ambiguous: [],
      reading: null,
      counterparts: [],
    });
    prepared.set(rowNumber, { kind: "people", name, nameTransliterated, countryCode, notes });
  }
  return { rows, prepared };
}

/** Analyses an organisations sheet (see the module's rules). */
export function analyseOrganisations(db: Connection, sheet: ReadSheet, fields: (string | null)[]): Analysis {
  const countryIndex = loadCountries(db);
  const types = codeIndex("organisations.types", organisationTypes);
  const stored = db
    .select()
    .from(organisations)
    .where(and(isNull(organisations.archivedAt), isNull(organisations.mergedIntoId)))
    .orderBy(asc(organisations.id))
    .all();
  const byName = new Map<string, (typeof stored)[number]>();
  const byAcronym = new Map<string, (typeof stored)[number]>();
  for (const o of stored) {
    for (const name of [o.nameAr, o.nameFr, o.nameEn]) {
      const key = normalizeForSearch(name);
      if (key && !byName.has(key)) byName.set(key, o);
    }
    const acronym = normalizeForSearch(o.acronym);
    if (acronym && !byAcronym.has(acronym)) byAcronym.set(acronym, o);
  }
  const rows: PreviewRow[] = [];
  const prepared = new Map<number, PreparedOrganisation>();
  const seen = new Map<string, number>();
  for (const { rowNumber, cells } of sheet.rows) {
    const read = rowReader(fields, cells);
    const id = read.id();
    let nameAr = read.text("nameAr", 300);
    let nameFr = read.text("nameFr", 300);
    let nameEn = read.text("nameEn", 300);
    let acronym = read.text("acronym", 50);
    const typeText = read.text("type", 200);
    const type = typeText ? (types.get(normalizeForSearch(typeText)) ?? null) : null;
    if (typeText && !type) read.issue("typeUnknown", "type", typeText);
    const countryCode = read.country(countryIndex);
    let found: Found<(typeof stored)[number]> = null;
    if (id !== null) {
      const record = stored.find((o) => o.id === id);
      if (record) found = { record, reason: "id" };
      else read.issue("idUnknown", "id", String(id));
    } else {
      const record = [nameAr, nameFr, nameEn].map((n) => byName.get(normalizeForSearch(n))).find(Boolean);
      const sameAcronym = acronym ? byAcronym.get(normalizeForSearch(acronym)) : undefined;
      if (record) found = { record, reason: "name" };
      else if (sameAcronym) found = { record: sameAcronym, reason: "acronym" };
      else if (!nameAr && !nameFr && !nameEn && !acronym) read.issue("nameRequired", "nameAr", "");
    }
    const label = [localizedName({ nameAr, nameFr, nameEn }, "fr"), acronym].filter(Boolean).join(" · ");
    if (found) {
      nameAr = unlessSameName(nameAr, found.record.nameAr);
      nameFr = unlessSameName(nameFr, found.record.nameFr);
      nameEn = unlessSameName(nameEn, found.record.nameEn);
      acronym = unlessSameName(acronym, found.record.acronym);
    }
    const changes = found
      ? changedFields([
          ["nameAr", nameAr, found.record.nameAr],
          ["nameFr", nameFr, found.record.nameFr],
          ["nameEn", nameEn, found.record.nameEn],
          ["acronym", acronym, found.record.acronym],
          ["type", type, found.record.type],
          ["countryCode", countryCode, found.record.countryCode],
        ])
      : [];
    checkDuplicate(seen, found ? `#${found.record.id}` : normalizeForSearch([nameAr, nameFr, nameEn, acronym].find(Boolean)), rowNumber, read.issues);
    rows.push({
      rowNumber,
      status: statusOf(read.issues, found, changes),
      label,
      match: found
        ? { id: found.record.id, version: found.record.version, label: [localizedName(found.record, "fr"), found.record.acronym].filter(Boolean).join(" · "), reason: found.reason }
        : null,
      changes,
      issues: read.issues,
      ambiguous: [],
      reading: null,
      counterparts: [],
    });
    prepared.set(rowNumber, { kind: "organisations", nameAr, nameFr, nameEn, acronym, type, countryCode });
  }
  return { rows, prepared };
}

