/**
 * The global search's order (lib/search/queries.ts), against a real SQLite file with the source
 * page's records: a kind whose hit begins with what was typed comes before a kind that only holds
 * it inside a word ("Pia" finds the person Pia Schneider before Ethiopia), and the same rule
 * orders the hits of a kind; the Arabic article does not hide a word's start.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people } from "@/db/schema";
import { personSearchText } from "@/lib/people/search-text";
import { openSeededDatabase } from "@/tests/helpers/seeded-db";
import { beginsWords, searchEverything } from "./queries";

let database: ReturnType<typeof openSeededDatabase>;
beforeAll(() => {
  database = openSeededDatabase("global-search-order");
  database.db
    .insert(people)
    .values({ name: "Pia Schneider", searchText: personSearchText("Pia Schneider", null, []) })
    .run();
});
afterAll(() => database.cleanup());

describe("beginsWords", () => {
  it("tells a word's start from a word's inside, in Latin and in Arabic", () => {
    expect(beginsWords(["pia"], "Pia Schneider")).toBe(true);
    expect(beginsWords(["pia"], "Ethiopia")).toBe(false);
    expect(beginsWords(["هجره"], "الهجرة والتنمية")).toBe(true);
    expect(beginsWords(["جره"], "الهجرة")).toBe(false);
    expect(beginsWords(["pia", "sch"], "Pia Schneider")).toBe(true);
  });
});

describe("searchEverything", () => {
  it("lists the person who begins with what was typed before the country that holds it inside a word", () => {
    const groups = searchEverything(database.accounts.staff, "Pia", "fr", {});
    const kinds = groups.map((g) => g.kind);
    // Both are found: Ethiopia (English name) and Pia Schneider.
    expect(kinds).toContain("countries");
    expect(groups.find((g) => g.kind === "countries")!.hits.map((h) => h.href)).toContain("/countries/ET");
    expect(groups.find((g) => g.kind === "people")!.hits.map((h) => h.label)).toContain("Pia Schneider");
    expect(kinds.indexOf("people")).toBeLessThan(kinds.indexOf("countries"));
  });

  it("keeps countries first when a country's name begins with what was typed, in any of its languages", () => {
    for (const [typed, locale] of [["Espagne", "fr"], ["Soudan", "ar"], ["السودان", "ar"]] as const) {
      const groups = searchEverything(database.accounts.staff, typed, locale, {});
      expect(groups.length, typed).toBeGreaterThan(1);
      expect(groups[0]?.kind, typed).toBe("countries");
    }
  });

  it("puts the countries whose name, as the reader sees it, begins with the word before those that hold it inside", () => {
    // "ar" begins Arabie saoudite, Argentine, Arménie, Aruba, and sits inside Syrie's English name
    // ("Syrian Arab Republic"), which comes first in the table; "ra" begins none of the French names.
    const hits = searchEverything(database.accounts.staff, "ar", "fr", {}).find((g) => g.kind === "countries")!.hits;
    expect(hits.map((h) => h.label).slice(0, 4)).toEqual(expect.arrayContaining(["Argentine", "Arménie", "Aruba"]));
    expect(hits.slice(0, 4).every((h) => beginsWords(["ar"], h.label))).toBe(true);
    expect(hits.map((h) => h.label)).not.toContain("Syrie");
  });
});
