/**
 * The people directory's write path on a real SQLite file: create, edit, positions over time,
 * and merging two records of the same person (every meeting of both is kept, in one transaction).
 */
import { describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog, countries, meetingCounterparts, meetings, people} from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { actionTestFixture } from "@/tests/helpers/action-fixture";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { createPerson, updatePerson, addPosition, removePosition, mergePeople, archivePerson, restorePerson } = await import("./actions");
const { fetchPerson, fetchPeoplePage } = await import("./queries");
const { peopleFiltersSchema } = await import("./schema");

const fixture = actionTestFixture("people", session, { countries: ["ES"] });
const { staff, committee, supervisor } = fixture;

async function person(name: string, extra: Partial<{ nameTransliterated: string; countryCode: string; notes: string }> = {}) {
  const result = await createPerson({ name, nameTransliterated: "", countryCode: "", notes: "", ...extra });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

function meetingWith(personIds: number[], startsOn: string) {
  const meeting = fixture.db.insert(meetings).values({ startsOn, kind: "working_meeting", countryCode: "ES" }).returning().get();
  personIds.forEach((personId, position) => fixture.db.insert(meetingCounterparts).values({ meetingId: meeting.id, personId, titleAtMeeting: `t${position}`, position }).run());
  return meeting.id;
}

describe("people", () => {
  it("creates and edits a person, searchable in both scripts", async () => {
    const id = await person("كونسويلو رومي", { nameTransliterated: "Consuelo Rumí", countryCode: "ES" });
    expect((await updatePerson({ id, version: 1, values: { name: "كونسويلو رومي", nameTransliterated: "Consuelo RUMÍ", countryCode: "ES", notes: "" } })).ok).toBe(true);
    const found = fetchPeoplePage(staff, peopleFiltersSchema.parse({ q: "rumi" }));
    expect(found.rows.map((r) => r.id)).toEqual([id]);
    expect(fetchPerson(staff, id)!.history.map((h) => h.action)).toEqual(["update", "create"]);
  });

  it("records positions over time and removes one entered by mistake", async () => {
    const id = await person("Ahmed Hussen");
    const first = await addPosition({ personId: id, values: { title: "Minister of Immigration", organisationId: "", countryCode: "", startsOn: "2017-01", endsOn: "2021-10" } });
    const wrong = await addPosition({ personId: id, values: { title: "Typo", organisationId: "", countryCode: "", startsOn: "", endsOn: "" } });
    const backwards = await addPosition({ personId: id, values: { title: "x", organisationId: "", countryCode: "", startsOn: "2021", endsOn: "2017" } });
    expect(first.ok && wrong.ok).toBe(true);
    expect(backwards).toMatchObject({ ok: false, fieldErrors: { "values.endsOn": ["dateRangeOrder"] } });
    if (!wrong.ok) return;
    expect((await removePosition({ id: wrong.data.id, version: 1 })).ok).toBe(true);
    expect(fetchPerson(staff, id)!.positions.map((p) => p.position.title)).toEqual(["Minister of Immigration"]);
  });

  it("keeps committee members out", async () => {
    session.current = committee;
    expect(await createPerson({ name: "x", nameTransliterated: "", countryCode: "", notes: "" })).toMatchObject({ ok: false, error: "forbidden" });
    expect(() => fetchPeoplePage(committee, peopleFiltersSchema.parse({}))).toThrow();
  });
});

describe("mergePeople", () => {
  it("moves every meeting and position of both to the person kept, in one step, audited", async () => {
    const keep = await person("Consuelo Rumí");
    const other = await person("كونسويلو رومي", { nameTransliterated: "Consuelo Rumí", countryCode: "ES", notes: "كاتبة الدولة" });
    const m1 = meetingWith([keep], "2017-05-02");
    const m2 = meetingWith([other], "2018-10-01");
    const both = meetingWith([keep, other], "2019-01");
    await addPosition({ personId: other, values: { title: "Secretaria de Estado", organisationId: "", countryCode: "ES", startsOn: "2018", endsOn: "" } });
    const otherVersion = fixture.db.select().from(people).where(eq(people.id, other)).get()!.version;

    const result = await mergePeople({ keepId: keep, keepVersion: 1, mergeId: other, mergeVersion: otherVersion });
    expect(result).toMatchObject({ ok: true, data: { keepId: keep, meetingsMoved: 2, positionsMoved: 1 } });

    const kept = fetchPerson(staff, keep)!;
    expect(kept.meetings.map((m) => m.id).sort()).toEqual([m1, m2, both].sort());
    expect(kept.positions.map((p) => p.position.title)).toEqual(["Secretaria de Estado"]);
    expect(kept.person).toMatchObject({ nameTransliterated: "Consuelo Rumí", countryCode: "ES", notes: "كاتبة الدولة" });
    // The meeting both attended keeps one counterpart row.
    expect(fixture.db.select().from(meetingCounterparts).where(eq(meetingCounterparts.meetingId, both)).all()).toHaveLength(1);
    const gone = fixture.db.select().from(people).where(eq(people.id, other)).get()!;
    expect(gone.mergedIntoId).toBe(keep);
    expect(gone.archivedAt).not.toBeNull();
    expect(fetchPeoplePage(staff, peopleFiltersSchema.parse({})).rows.map((r) => r.id)).not.toContain(other);
    const audits = fixture.db.select().from(auditLog).where(and(eq(auditLog.action, "merge"), eq(auditLog.entityType, "person"))).all();
    expect(audits.map((a) => a.entityId).sort()).toEqual([keep, other].sort());
    // A merged record cannot be brought back by a restore.
    session.current = supervisor;
    expect(await restorePerson({ id: other, version: gone.version })).toMatchObject({ ok: false, message: "mergedRecord" });
  });

  it("refuses a stale version or the same record, changing nothing", async () => {
    const a = await person("A person");
    const b = await person("B person");
    const m = meetingWith([b], "2020");
    expect(await mergePeople({ keepId: a, keepVersion: 1, mergeId: a, mergeVersion: 1 })).toMatchObject({ ok: false, fieldErrors: { mergeId: ["mergeSameRecord"] } });
    expect(await mergePeople({ keepId: a, keepVersion: 1, mergeId: b, mergeVersion: 7 })).toMatchObject({ ok: false, error: "conflict" });
    expect(fixture.db.select().from(meetingCounterparts).where(eq(meetingCounterparts.meetingId, m)).get()!.personId).toBe(b);
  });

  it("lets supervisors archive a person, not staff", async () => {
    const id = await person("To archive");
    expect(await archivePerson({ id, version: 1 })).toMatchObject({ ok: false, error: "forbidden" });
    session.current = supervisor;
    expect((await archivePerson({ id, version: 1 })).ok).toBe(true);
    expect(fetchPerson(staff, id)).toBeNull();
  });
});

describe("fetchPeoplePage", () => {
  it("pages the directory by name: the last page holds the last names, with their titles and meeting counts", async () => {
    const ids: number[] = [];
    // Names starting with a private-use character sort after every Arabic and Latin name.
    for (let i = 0; i < 30; i++) ids.push(await person(`\u{10FFFD} page ${String(i).padStart(2, "0")}`));
    meetingWith([ids[29]!], "2024-05-01");
    const first = fetchPeoplePage(staff, peopleFiltersSchema.parse({}));
    const last = fetchPeoplePage(staff, peopleFiltersSchema.parse({ page: String(first.pageCount) }));
    expect(last.total).toBe(first.total);
    const everyone = [...first.rows, ...last.rows].map((r) => r.name);
    expect(new Set(everyone).size).toBe(everyone.length);
    expect(last.rows.at(-1)).toMatchObject({ id: ids[29], name: "\u{10FFFD} page 29", meetingCount: 1, latestTitle: "t0" });
    const names = last.rows.map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    // The total follows writes (it is cached only until the next one).
    await person("\u{10FFFD} page 30");
    expect(fetchPeoplePage(staff, peopleFiltersSchema.parse({})).total).toBe(first.total + 1);
  });
});
