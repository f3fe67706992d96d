/**
 * The meeting write path against a real SQLite file: permission, validation, transaction,
 * optimistic locking and audit. Only the session lookup is replaced (there is no HTTP request).
 */
import { describe, expect, it, vi } from "vitest";
import { count, eq } from "drizzle-orm";
import { auditLog, countries, meetingCounterparts, meetings, people} from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { actionTestFixture } from "@/tests/helpers/action-fixture";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { createMeeting, updateMeeting, archiveMeeting } = await import("./actions");
const { fetchMeetingsPage, fetchMeeting, fetchMeetingFormOptions } = await import("./queries");
const { emptyMeetingForm, meetingFiltersSchema } = await import("./schema");

const fixture = actionTestFixture("meetings", session, { countries: ["AE", "ES"] });
const { staff, otherStaff, committee, supervisor } = fixture;

function meetingInput(overrides: Partial<ReturnType<typeof emptyMeetingForm>> = {}) {
  return {
    ...emptyMeetingForm("2026-11-29"),
    countryCode: "ES",
    topics: "التعاون في مجال الهجرة",
    counterparts: [{ personId: "", newPersonName: "Consuelo RUMÍ", newPersonTransliteration: "كونسويلو رومي", titleAtMeeting: "كاتبة الدولة المكلفة بالهجرة" }],
    ...overrides,
  };
}

const rowCount = (table: typeof meetings | typeof people | typeof auditLog) =>
  fixture.db.select({ n: count() }).from(table).get()!.n;

describe("createMeeting", () => {
  it("records a meeting with a new counterpart, its title then, and an audit entry", async () => {
    const result = await createMeeting(meetingInput());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = fetchMeeting(staff, result.data.id)!;
    expect(stored.meeting.startsOn).toBe("2026-11-29");
    expect(stored.meeting.createdBy).toBe(staff.id);
    expect(stored.meeting.validationStatus).toBe("new");
    expect(stored.counterparts).toMatchObject([{ name: "Consuelo RUMÍ", titleAtMeeting: "كاتبة الدولة المكلفة بالهجرة" }]);
    const audit = fixture.db.select().from(auditLog).where(eq(auditLog.entityId, result.data.id)).all();
    expect(audit.map((a) => [a.entityType, a.action, a.userId])).toContainEqual(["meeting", "create", staff.id]);
  });

  it("refuses a committee member at the server, writing nothing", async () => {
    session.current = committee;
    const before = rowCount(meetings);
    const result = await createMeeting(meetingInput());
    expect(result).toMatchObject({ ok: false, error: "forbidden" });
    expect(rowCount(meetings)).toBe(before);
  });

  it("refuses an anonymous caller", async () => {
    session.current = null;
    expect(await createMeeting(meetingInput())).toMatchObject({ ok: false, error: "unauthenticated" });
  });

  it("returns field errors as message keys and writes nothing on bad input", async () => {
    const before = rowCount(meetings);
    const result = await createMeeting(
      meetingInput({ startsOn: "2018-02-30", counterparts: [{ personId: "", newPersonName: "", newPersonTransliteration: "", titleAtMeeting: "" }] }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBe("invalid");
    expect(result.fieldErrors?.startsOn).toEqual(["dateInvalid"]);
    expect(result.fieldErrors?.["counterparts.0.personId"]).toEqual(["personRequired"]);
    expect(rowCount(meetings)).toBe(before);
  });

  it("rolls everything back when a later step fails (no half-written meeting or person)", async () => {
    const [meetingsBefore, peopleBefore] = [rowCount(meetings), rowCount(people)];
    const result = await createMeeting(
      meetingInput({
        counterparts: [
          { personId: "", newPersonName: "شخص جديد", newPersonTransliteration: "", titleAtMeeting: "" },
          { personId: "999999", newPersonName: "", newPersonTransliteration: "", titleAtMeeting: "" },
        ],
      }),
    );
    expect(result).toMatchObject({ ok: false, error: "rule", fieldErrors: { "counterparts.1.personId": ["invalidOption"] } });
    expect(rowCount(meetings)).toBe(meetingsBefore);
    expect(rowCount(people)).toBe(peopleBefore);
  });

  it("accepts month and year precision and a date range, stored exactly as typed", async () => {
    const month = await createMeeting(meetingInput({ datePrecision: "month", startsOn: "2017-04", endsOn: "" }));
    const range = await createMeeting(meetingInput({ datePrecision: "day", startsOn: "2018-12-05", endsOn: "2018-12-07" }));
    const badRange = await createMeeting(meetingInput({ datePrecision: "day", startsOn: "2018-12-07", endsOn: "2018-12-05" }));
    expect(month.ok && fetchMeeting(staff, month.data.id)!.meeting.startsOn).toBe("2017-04");
    expect(range.ok && fetchMeeting(staff, range.data.id)!.meeting.endsOn).toBe("2018-12-07");
    expect(badRange).toMatchObject({ ok: false, fieldErrors: { endsOn: ["dateRangeOrder"] } });
  });
});

describe("updateMeeting", () => {
  it("refuses a stale version and keeps the other person's change", async () => {
    const created = await createMeeting(meetingInput({ topics: "الأصل" }));
    if (!created.ok) throw new Error("setup failed");
    const id = created.data.id;
    const loaded = fetchMeeting(staff, id)!;

    session.current = otherStaff;
    const first = await updateMeeting({ id, version: loaded.meeting.version, values: { ...meetingInput(), counterparts: [{ personId: String(loaded.counterparts[0]!.personId), newPersonName: "", newPersonTransliteration: "", titleAtMeeting: "t" }], topics: "تعديل الزميل" } });
    expect(first).toMatchObject({ ok: true, data: { version: 2 } });

    session.current = staff;
    const stale = await updateMeeting({ id, version: loaded.meeting.version, values: { ...meetingInput(), topics: "تعديلي المتأخر" } });
    expect(stale).toMatchObject({ ok: false, error: "conflict", message: "conflict" });

    const after = fetchMeeting(staff, id)!;
    expect(after.meeting.topics).toBe("تعديل الزميل");
    expect(after.meeting.version).toBe(2);
    expect(after.meeting.updatedBy).toBe(otherStaff.id);
    // The refused edit created no person and no counterpart row.
    expect(fixture.db.select().from(meetingCounterparts).where(eq(meetingCounterparts.meetingId, id)).all()).toHaveLength(1);
    expect(after.history.map((h) => h.action)).toEqual(["update", "create"]);
    expect(after.history[0]!.changes).toMatchObject({ topics: ["الأصل", "تعديل الزميل"] });
  });

  it("marks a validated meeting edited when staff change it", async () => {
    session.current = supervisor;
    const created = await createMeeting(meetingInput());
    if (!created.ok) throw new Error("setup failed");
    expect(fetchMeeting(staff, created.data.id)!.meeting.validationStatus).toBe("validated");
    session.current = staff;
    const stored = fetchMeeting(staff, created.data.id)!;
    const result = await updateMeeting({
      id: created.data.id,
      version: stored.meeting.version,
      values: { ...meetingInput(), counterparts: [{ personId: String(stored.counterparts[0]!.personId), newPersonName: "", newPersonTransliteration: "", titleAtMeeting: "" }] },
    });
    expect(result.ok).toBe(true);
    expect(fetchMeeting(staff, created.data.id)!.meeting.validationStatus).toBe("edited");
  });
});

describe("archiveMeeting", () => {
  it("is refused to staff and allowed to supervisors; archived meetings leave the list", async () => {
    // The unfiltered total (counted in the live meetings' index) is every live meeting, recounted here.
    const liveCount = () => (fixture.db.$client.prepare("select count(*) as n from meetings where archived_at is null").get() as { n: number }).n;
    const unfilteredTotal = () => fetchMeetingsPage(staff, meetingFiltersSchema.parse({})).total;
    const created = await createMeeting(meetingInput({ topics: "للأرشفة" }));
    if (!created.ok) throw new Error("setup failed");
    const before = unfilteredTotal();
    expect(before).toBe(liveCount());
    expect(await archiveMeeting({ id: created.data.id, version: 1 })).toMatchObject({ ok: false, error: "forbidden" });
    session.current = supervisor;
    expect(await archiveMeeting({ id: created.data.id, version: 1 })).toMatchObject({ ok: true });
    expect(fetchMeeting(staff, created.data.id)).toBeNull();
    expect(fetchMeetingsPage(staff, meetingFiltersSchema.parse({ q: "للأرشفة" })).total).toBe(0);
    expect(unfilteredTotal()).toBe(before - 1);
    expect(unfilteredTotal()).toBe(liveCount());
  });
});

describe("fetchMeetingsPage search", () => {
  it("finds a word however it was typed (hamza, ta marbuta, tatweel)", async () => {
    await createMeeting(meetingInput({ countryCode: "AE", topics: "تعاون مع الامارات في مجال الهجرة", datePrecision: "day", startsOn: "2018-12-06" }));
    const filters = (q: string) => meetingFiltersSchema.parse({ q });
    expect(fetchMeetingsPage(staff, filters("الإمارات")).rows.some((r) => r.topics?.includes("الامارات"))).toBe(true);
    expect(fetchMeetingsPage(staff, filters("الهجـرة")).total).toBeGreaterThan(0);
    expect(fetchMeetingsPage(staff, filters("الهجره")).total).toBeGreaterThan(0);
    expect(fetchMeetingsPage(staff, filters("كلمة_غير_موجودة")).total).toBe(0);
  });

  it("filters by a day range across precisions", async () => {
    const page = (from: string, to: string) =>
      fetchMeetingsPage(staff, meetingFiltersSchema.parse({ from, to })).rows.map((r) => r.startsOn);
    // The month-precision meeting (2017-04) overlaps any range inside April 2017.
    expect(page("2017-04-10", "2017-04-12")).toContain("2017-04");
    expect(page("2017-05-01", "2017-05-31")).not.toContain("2017-04");
    // The 5–7 December 2018 range overlaps 7 December.
    expect(page("2018-12-07", "2018-12-07")).toContain("2018-12-05");
  });

  it("counts a search's total through the index exactly as a scan would: live rows only, every filter, every word", async () => {
    const ids: number[] = [];
    for (const [countryCode, topics] of [["ES", "تنسيق قنصلي بالأندلس"], ["ES", "التنسيق القنصلي في الأندلس"], ["AE", "تنسيق قنصلي"], ["ES", "تنسيق ثقافي"]] as const) {
      const created = await createMeeting(meetingInput({ countryCode, topics }));
      if (!created.ok) throw new Error(`setup failed: ${JSON.stringify(created)}`);
      ids.push(created.data.id);
    }
    const total = (filters: Record<string, string>) => fetchMeetingsPage(staff, meetingFiltersSchema.parse(filters)).total;
    expect(total({ q: "قنصلي" })).toBe(3);
    expect(total({ q: "قنصلي", country: "ES" })).toBe(2);
    expect(total({ q: "قنصلي الاندلس" })).toBe(2); // every word, hamza typed or not
    expect(total({ q: "تنسيق قنصلي", country: "AE" })).toBe(1);
    session.current = supervisor;
    expect(await archiveMeeting({ id: ids[0]!, version: 1 })).toMatchObject({ ok: true });
    session.current = staff;
    expect(total({ q: "قنصلي", country: "ES" })).toBe(1);
  });

  it("is refused to committee members", () => {
    expect(() => fetchMeetingsPage(committee, meetingFiltersSchema.parse({}))).toThrow(/Forbidden/);
  });
});

describe("fetchMeetingFormOptions", () => {
  it("lists the people already chosen with the title of their latest meeting (the picker finds the others)", async () => {
    expect(fetchMeetingFormOptions(staff).people).toEqual([]);
    const all = fetchMeetingsPage(staff, meetingFiltersSchema.parse({ q: "Consuelo" }));
    const consuelo = all.rows.flatMap((r) => r.counterparts).find((p) => p.name === "Consuelo RUMÍ" && p.titleAtMeeting)!;
    const options = fetchMeetingFormOptions(staff, [consuelo.personId]);
    expect(options.people.map((p) => p.name)).toEqual(["Consuelo RUMÍ"]);
    expect(options.people[0]?.latestTitle).toBeTruthy();
    expect(options.countries.map((c) => c.code)).toContain("ES");
  });
});
