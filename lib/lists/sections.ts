/**
 * Sections of record pages and profiles (a country's meetings, an organisation's projects...) show
 * at most SECTION_LIMIT rows, so no page grows with the database; the section's total sits beside
 * them with a "see all N" link to the list filtered on the record (issue #9).
 */

/** How many rows a section shows. */
export const SECTION_LIMIT = 10;

/** A capped section: its first rows and how many there are in all. */
export type Section<T> = { rows: T[]; total: number };
