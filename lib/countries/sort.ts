/** Columns the countries list can be sorted by. */
export const countrySortKeys = ["name", "meetings", "projects", "agreements", "total"] as const;
export type CountrySortKey = (typeof countrySortKeys)[number];
