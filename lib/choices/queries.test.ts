import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { meetings, organisations, people } from "@/db/schema";
import { refreshPersonSearchText } from "@/lib/people/search-text";
import { containsPattern, matchesSearch, searchWords } from "@/lib/text/like-pattern";
import { openSeededDatabase } from "@/tests/helpers/seeded-db";
import { choiceLabels, searchChoices } from "./queries";

let database: ReturnType<typeof openSeededDatabase>;

beforeAll(() => {
  database = openSeededDatabase("choices");
});
afterAll(() => database.cleanup());

describe("searchChoices (the record pickers)", () => {
  it("finds a person however the name is typed (hamza, ta marbuta, alef maqsura, tatweel, diacritics) and at most 20 at a time", () => {
    const { db, accounts } = database;
    const id = db.insert(people).values({ name: "عائشة مُصطفى الإدريسيّة" }).returning().get().id;
    refreshPersonSearchText(db, id);
    for (const typed of ["عايشه", "مصطفي", "الادريسيه", "الإدريسـيّة"]) {
      expect(searchChoices(accounts.staff, "person", typed, "ar").map((c) => Number(c.value))).toContain(id);
    }
    expect(searchChoices(accounts.staff, "person", "", "ar").length).toBeLessThanOrEqual(20);
  });

  it("never offers archived or merged-away records, and shows a chosen one's label by id", () => {
    const { db, accounts } = database;
    const kept = db.insert(organisations).values({ nameFr: "Agence Choix Gardée", acronym: "ACG" }).returning().get().id;
    const gone = db.insert(organisations).values({ nameFr: "Agence Choix Archivée", archivedAt: "2026-01-01T00:00:00.000Z" }).returning().get().id;
    for (const id of [kept, gone]) {
      const o = db.select().from(organisations).where(eq(organisations.id, id)).get()!;
      db.update(organisations).set({ searchText: `${o.nameFr!.toLowerCase()} ${o.acronym?.toLowerCase() ?? ""}` }).where(eq(organisations.id, id)).run();
    }
    const found = searchChoices(accounts.staff, "organisation", "agence choix", "fr").map((c) => Number(c.value));
    expect(found).toEqual([kept]);
    expect(choiceLabels(accounts.staff, "organisation", [kept, gone], "fr").map((c) => c.label)).toEqual(["Agence Choix Gardée (ACG)"]);
  });

  it("keeps the read rule: a committee member may not list meetings, and sees only their projects", () => {
    const { accounts, projectIds } = database;
    expect(() => searchChoices(accounts.committee, "meeting", "", "ar")).toThrow(/Forbidden/);
    const projects = searchChoices(accounts.committee, "project", "", "ar").map((c) => Number(c.value));
    expect(projects).toEqual([projectIds.recoming]);
  });
});

describe("matchesSearch through the full-text index", () => {
  it("finds exactly the meetings LIKE finds, for long words, short words and words with no hit", () => {
    const { db } = database;
    const likeIds = (query: string) => {
      const words = searchWords(query);
      return db
        .select({ id: meetings.id })
        .from(meetings)
        .where(sql.join(words.map((w) => sql`${meetings.searchText} like ${containsPattern(w)} escape '\\'`), sql` and `))
        .all()
        .map((r) => r.id)
        .sort((a, b) => a - b);
    };
    const ftsIds = (query: string) =>
      db.select({ id: meetings.id }).from(meetings).where(matchesSearch(meetings.searchText, query)).all().map((r) => r.id).sort((a, b) => a - b);
    for (const query of ["الهجرة", "الهجره", "وزير الداخليه", "إسبانيا", "اسبانيا", "مدريد", "قط", "ES", "Consuelo", "ruMI", "كنغر", "2018"]) {
      expect(ftsIds(query), query).toEqual(likeIds(query));
    }
    expect(ftsIds("الهجرة").length).toBeGreaterThan(0);
  });

  it("keeps the index in step with every write of search_text (insert, update, delete)", () => {
    const { db } = database;
    const id = db.insert(meetings).values({ startsOn: "2020", kind: "other", searchText: "كلمهفريده" }).returning().get().id;
    const ids = (q: string) => db.select({ id: meetings.id }).from(meetings).where(matchesSearch(meetings.searchText, q)).all().map((r) => r.id);
    expect(ids("كلمهفريده")).toEqual([id]);
    db.update(meetings).set({ searchText: "كلمهاخري" }).where(eq(meetings.id, id)).run();
    expect(ids("كلمهفريده")).toEqual([]);
    expect(ids("كلمهاخري")).toEqual([id]);
    db.delete(meetings).where(eq(meetings.id, id)).run();
    expect(ids("كلمهاخري")).toEqual([]);
  });
});
