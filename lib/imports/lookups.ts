/**
 * What an import matches its rows against, read once per analysis on the given connection (the
 * commit passes its transaction): countries by ISO code or by any of their names, live people by
 * their name in either script. Names are compared after lib/text normalisation, so "أحمد" finds
 * "احمد" and "Hélène" finds "Helene".
 */
import { and, asc, isNull } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { countries, people } from "@/db/schema";
import { normalizeForSearch } from "@/lib/text/normalize-arabic";
import { cellText } from "./read-file";
import type { ImportCell } from "./dates";
import type { RowIssue } from "./preview";

export type Connection = Db | Tx;

export type CountryIndex = { codes: Set<string>; byName: Map<string, string> };

/** Every country by code and by its normalised ar/fr/en names. */
export function loadCountries(db: Connection): CountryIndex {
  const rows = db.select().from(countries).all();
  const byName = new Map<string, string>();
  for (const c of rows) for (const name of [c.nameAr, c.nameFr, c.nameEn]) if (name) byName.set(normalizeForSearch(name), c.code);
  return { codes: new Set(rows.map((c) => c.code)), byName };
}

export type PersonIndex = {
  byId: Map<number, { id: number; name: string; nameTransliterated: string | null }>;
  /** Normalised name or transliteration → person ids, smallest first. */
  byName: Map<string, number[]>;
};

/** Live people (not archived, not merged) by id and by normalised name in either script. */
export function loadPeople(db: Connection): PersonIndex {
  const rows = db
    .select({ id: people.id, name: people.name, nameTransliterated: people.nameTransliterated })
    .from(people)
    .where(and(isNull(people.archivedAt), isNull(people.mergedIntoId)))
    .orderBy(asc(people.id))
    .all();
  const byName = new Map<string, number[]>();
  for (const p of rows) {
    for (const name of new Set([normalizeForSearch(p.name), normalizeForSearch(p.nameTransliterated)])) {
      if (!name) continue;
      const ids = byName.get(name) ?? [];
      ids.push(p.id);
      byName.set(name, ids);
    }
  }
  return { byId: new Map(rows.map((p) => [p.id, p])), byName };
}

/** One row's cells by field, with helpers that report issues in the row's own list. */
export class RowReader {
  readonly issues: RowIssue[] = [];
  constructor(
    private readonly cellsByField: Map<string, ImportCell>,
  ) {}

  /** The raw cell of a field (empty when the file has no such column). */
  cell(field: string): ImportCell {
    return this.cellsByField.get(field) ?? { kind: "empty" };
  }

  /** A text field: trimmed, null when blank; a cell error or a text over `max` is reported. */
  text(field: string, max: number): string | null {
    const cell = this.cell(field);
    if (cell.kind === "error") {
      this.issue(cell.code, field, cell.text);
      return null;
    }
    const value = cellText(cell).trim();
    if (!value) return null;
    if (value.length > max) this.issue("tooLong", field, `${value.slice(0, 40)}…`);
    return value;
  }

  issue(code: RowIssue["code"], field: string | null, value: string, otherRow?: number): void {
    this.issues.push(otherRow === undefined ? { code, field, value } : { code, field, value, otherRow });
  }

  /** The record id column: null when blank; refused when not a positive whole number. */
  id(): number | null {
    const value = this.text("id", 20);
    if (value === null) return null;
    if (!/^\d+$/.test(value) || Number(value) < 1) {
      this.issue("idInvalid", "id", value);
      return null;
    }
    return Number(value);
  }

  /** The country of the row from its `country` (a name in any language, or a code) and `countryCode` columns. */
  country(index: CountryIndex): string | null {
    const code = this.text("countryCode", 10)?.toUpperCase() ?? null;
    const name = this.text("country", 200);
    let fromCode: string | null = null;
    let fromName: string | null = null;
    if (code) {
      if (index.codes.has(code)) fromCode = code;
      else this.issue("countryCodeUnknown", "countryCode", code);
    }
    if (name) {
      const upper = name.toUpperCase();
      fromName = /^[A-Z]{2}$/.test(upper) && index.codes.has(upper) ? upper : (index.byName.get(normalizeForSearch(name)) ?? null);
      if (!fromName) this.issue("countryUnknown", "country", name);
    }
    if (fromCode && fromName && fromCode !== fromName) this.issue("countryMismatch", "country", `${name} / ${code}`);
    return fromCode ?? fromName;
  }
}

/** Builds each row's reader from the header's fields. */
export function rowReader(fields: readonly (string | null)[], cells: readonly ImportCell[]): RowReader {
  const byField = new Map<string, ImportCell>();
  fields.forEach((field, i) => {
    if (field) byField.set(field, cells[i] ?? { kind: "empty" });
  });
  return new RowReader(byField);
}

/** The first id of a normalised name, or null. */
export function personByName(index: PersonIndex, name: string): number | null {
  return index.byName.get(normalizeForSearch(name))?.[0] ?? null;
}
