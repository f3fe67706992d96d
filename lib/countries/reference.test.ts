/**
 * The country reference list and its select options (lib/countries/reference.ts), against a real
 * SQLite file: options are named and sorted in each interface language (ICU collation, Arabic
 * names in Arabic alphabetical order), kept between requests, and read again after a write by
 * another connection, so a renamed country shows at once.
 */
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSeededDatabase } from "@/tests/helpers/seeded-db";

const { fetchAllCountries, fetchCountryChoices } = await import("@/lib/countries/reference");
const { forgetCachedReads } = await import("@/lib/cache/read-cache");

let database: ReturnType<typeof openSeededDatabase>;

beforeAll(() => {
  database = openSeededDatabase("country-reference");
  forgetCachedReads();
});
afterAll(() => database.cleanup());

describe("country choices", () => {
  it("names every country in the interface language, sorted there as ICU's collator sorts", () => {
    const rows = database.db.$client.prepare("select code, name_ar as ar, name_fr as fr from countries").all() as { code: string; ar: string; fr: string }[];
    for (const [locale, column] of [["ar", "ar"], ["fr", "fr"]] as const) {
      const collator = new Intl.Collator(locale);
      const expected = rows.map((r) => ({ value: r.code, label: r[column] || r.code })).sort((a, b) => collator.compare(a.label, b.label));
      expect(fetchCountryChoices(locale)).toEqual(expected);
    }
    const french = fetchCountryChoices("fr");
    expect(french.find((c) => c.value === "ES")?.label).toBe("Espagne");
    expect(fetchCountryChoices("ar").find((c) => c.value === "ES")?.label).toBe("إسبانيا");
    expect(fetchAllCountries()).toHaveLength(rows.length);
  });

  it("is kept between reads, and read again after a write by another connection", () => {
    expect(fetchCountryChoices("fr")).toBe(fetchCountryChoices("fr"));
    const other = new Database(database.file);
    other.prepare("update countries set name_fr = 'Royaume d''Espagne' where code = 'ES'").run();
    other.close();
    expect(fetchCountryChoices("fr").find((c) => c.value === "ES")?.label).toBe("Royaume d'Espagne");
    expect(fetchAllCountries().find((c) => c.code === "ES")?.nameFr).toBe("Royaume d'Espagne");
  });
});
