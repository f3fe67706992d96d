/**
 * A hamza on waw and a hamza on ya spell the same word (مسؤول / مسئول, شؤون / شئون): a search typed
 * with either seat finds the records written with the other, through the FTS index (words of 3+
 * letters) and through LIKE (shorter words), against a real SQLite file; a search typed without
 * any hamza finds what it found before.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, inArray } from "drizzle-orm";
import { people } from "@/db/schema";
import { personSearchText } from "@/lib/people/search-text";
import { openSeededDatabase } from "@/tests/helpers/seeded-db";
import { ftsQuery } from "./full-text";
import { matchesSearch, searchTerms } from "./like-pattern";

let database: ReturnType<typeof openSeededDatabase>;
const ids: Record<string, number> = {};
beforeAll(() => {
  database = openSeededDatabase("hamza-seats");
  const add = (key: string, name: string, title: string) => {
    ids[key] = database.db.insert(people).values({ name, searchText: personSearchText(name, null, [title]) }).returning().get().id;
  };
  add("waw", "عادل الفاسي", "مسؤول الشؤون القنصلية");
  add("ya", "كريم التازي", "مسئول الشئون القنصلية");
  add("none", "سعيد البركاني", "مسوول الشوون القنصلية");
});
afterAll(() => database.cleanup());

/** Which of this test's three people a search finds. */
function found(query: string): string[] {
  const rows = database.db
    .select({ id: people.id })
    .from(people)
    .where(and(inArray(people.id, Object.values(ids)), matchesSearch(people.searchText, query)))
    .all();
  return Object.entries(ids)
    .filter(([, id]) => rows.some((r) => r.id === id))
    .map(([key]) => key)
    .sort();
}

describe("searchTerms", () => {
  it("gives a word with a hamza seat both spellings, and any other word one", () => {
    expect(searchTerms("مسئول القنصلية")).toEqual([["مسيول", "مسوول"], ["القنصليه"]]);
    expect(searchTerms("شؤون")).toEqual([["شوون", "شيون"]]);
    expect(searchTerms("Consul")).toEqual([["consul"]]);
    expect(ftsQuery(searchTerms("مسئول القنصلية"))).toBe('("مسيول" OR "مسوول") AND "القنصليه"');
  });
});

describe("matchesSearch", () => {
  it("finds a word written on waw when typed on ya, and the other way round", () => {
    expect(found("مسئول")).toEqual(["none", "waw", "ya"]);
    expect(found("مسؤول")).toEqual(["none", "waw", "ya"]);
    expect(found("شئون القنصلية")).toEqual(["none", "waw", "ya"]);
    expect(found("الشؤون")).toEqual(["none", "waw", "ya"]);
  });

  it("does the same for words too short for the index (LIKE)", () => {
    // «ئو» / «ؤو» hold two letters: matched by LIKE, not the trigram index.
    expect(found("ئو")).toEqual(found("ؤو"));
    expect(found("ؤو")).toContain("waw");
    expect(found("ؤو")).toContain("ya");
  });

  it("finds with no hamza what it found before: the waw spelling", () => {
    expect(found("مسوول")).toEqual(["none", "waw"]);
  });
});
