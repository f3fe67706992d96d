/**
 * The calendar against a real seeded SQLite file: one month at a time; a day-precision item on its
 * day(s), a month-precision one in the month's strip; weeks start on Monday; the filters; and the
 * single scope rule (a committee member sees only their projects' milestones, and no meeting).
 * The process runs in New York time: no date may shift.
 */
process.env.TZ = "America/New_York";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSeededDatabase } from "@/tests/helpers/seeded-db";
import { layoutMonth, shiftMonth } from "./month";

const { fetchCalendarMonth } = await import("./queries");

let seeded: ReturnType<typeof openSeededDatabase>;
beforeAll(() => {
  seeded = openSeededDatabase("calendar");
});
afterAll(() => seeded.cleanup());

describe("the month layout", () => {
  it("starts weeks on Monday and covers the month in whole weeks", () => {
    const layout = layoutMonth("2018-12", []);
    // 1 December 2018 was a Saturday: the grid opens on Monday 26 November.
    expect(layout.weeks[0]?.[0]?.date).toBe("2018-11-26");
    expect(layout.weeks[0]?.[5]).toMatchObject({ date: "2018-12-01", inMonth: true });
    expect(layout.weeks.at(-1)?.at(-1)?.date).toBe("2019-01-06");
    expect(layout.weeks.every((w) => w.length === 7)).toBe(true);
  });

  it("puts a day range on each of its days inside the month, and a month or a year in the strip", () => {
    const base = { title: "x", context: null, countryCode: null, href: "/" };
    const layout = layoutMonth("2018-12", [
      { ...base, kind: "meeting", id: 1, start: "2018-11-30", end: "2018-12-02" },
      { ...base, kind: "edition", id: 2, start: "2018-12", end: null },
      { ...base, kind: "milestone", id: 3, start: "2018", end: null },
    ]);
    const days = layout.weeks.flat().filter((d) => d.entries.length > 0).map((d) => d.date);
    expect(days).toEqual(["2018-12-01", "2018-12-02"]);
    expect(layout.monthEntries.map((e) => e.id)).toEqual([2, 3]);
    expect(shiftMonth("2018-12", 1)).toBe("2019-01");
    expect(shiftMonth("2018-01", -1)).toBe("2017-12");
  });
});

describe("one month of the seed", () => {
  it("holds December 2016's meeting on its days and its month-precision edition and milestone in the strip", () => {
    const entries = fetchCalendarMonth(seeded.accounts.staff, { month: "2016-12" }, "fr");
    const layout = layoutMonth("2016-12", entries);
    const meeting = entries.find((e) => e.kind === "meeting");
    expect(meeting).toMatchObject({ start: "2016-12-19", end: "2016-12-20", countryCode: "ES" });
    expect(layout.weeks.flat().find((d) => d.date === "2016-12-19")?.entries).toContain(meeting);
    expect(layout.monthEntries.map((e) => e.kind).sort()).toEqual(["edition", "milestone"]);
    // Nothing from another month.
    expect(entries.every((e) => e.start.startsWith("2016"))).toBe(true);
  });

  it("filters by kind and by country", () => {
    const december2018 = fetchCalendarMonth(seeded.accounts.staff, { month: "2018-12" }, "ar");
    expect(december2018.filter((e) => e.kind === "meeting")).toHaveLength(7);
    expect(fetchCalendarMonth(seeded.accounts.staff, { month: "2018-12", kind: "edition" }, "ar").map((e) => e.kind)).toEqual(["edition"]);
    expect(fetchCalendarMonth(seeded.accounts.staff, { month: "2018-12", country: "ML" }, "ar").map((e) => e.countryCode)).toEqual(["ML"]);
  });

  it("shows a committee member only their projects' milestones, and no meeting", () => {
    const all = (user: typeof seeded.accounts.staff) =>
      ["2016-01", "2016-06", "2016-11", "2016-12", "2017-02", "2017-03", "2017-04", "2017-05", "2017-12"].flatMap((month) => fetchCalendarMonth(user, { month }, "ar"));
    const staffMilestones = all(seeded.accounts.staff).filter((e) => e.kind === "milestone");
    const committee = all(seeded.accounts.committee);
    const other = all(seeded.accounts.otherCommittee);
    expect(committee.length).toBeGreaterThan(0);
    expect(committee.every((e) => e.kind === "milestone" || e.kind === "edition")).toBe(true);
    const ofProject = (entries: typeof committee, projectId: number) => entries.filter((e) => e.href.startsWith(`/projects/${projectId}#`));
    expect(committee.filter((e) => e.kind === "milestone")).toEqual(ofProject(committee, seeded.projectIds.recoming));
    expect(other.filter((e) => e.kind === "milestone")).toEqual(ofProject(other, seeded.projectIds.recosa));
    expect(staffMilestones.length).toBeGreaterThan(committee.filter((e) => e.kind === "milestone").length);
  });

  it("shows a meeting in every month it spans, one begun months before included, and a new meeting at once", () => {
    const client = seeded.db.$client;
    const insert = (startsOn: string, endsOn: string | null, city: string) =>
      Number(client.prepare("insert into meetings (starts_on, ends_on, city, kind) values (?, ?, ?, 'working_meeting')").run(startsOn, endsOn, city).lastInsertRowid);
    const before = fetchCalendarMonth(seeded.accounts.staff, { month: "2030-03" }, "fr");
    // Written after the month was read: the kept read is dropped by the write.
    const long = insert("2029-11-20", "2030-03-02", "Bruxelles");
    const march = insert("2030-03-15", null, "Madrid");
    const ids = (month: string) => fetchCalendarMonth(seeded.accounts.staff, { month }, "fr").filter((e) => e.kind === "meeting").map((e) => e.id);
    expect(before.filter((e) => e.kind === "meeting")).toEqual([]);
    expect(ids("2030-03")).toEqual([long, march]);
    expect(ids("2030-01")).toEqual([long]);
    expect(ids("2029-11")).toEqual([long]);
    expect(ids("2029-10")).toEqual([]);
    expect(ids("2030-04")).toEqual([]);
  });

  it("names a meeting by its counterparts joined as the reader's language joins a list, each name isolated", () => {
    const client = seeded.db.$client;
    const meeting = Number(client.prepare("insert into meetings (starts_on, kind) values ('2031-05-06', 'working_meeting')").run().lastInsertRowid);
    for (const [position, name] of ["José Dupont", "طارق الشرقاوي"].entries()) {
      const person = Number(client.prepare("insert into people (name, search_text) values (?, ?)").run(name, name).lastInsertRowid);
      client.prepare("insert into meeting_counterparts (meeting_id, person_id, position) values (?, ?, ?)").run(meeting, person, position);
    }
    const title = (locale: "fr" | "ar") => fetchCalendarMonth(seeded.accounts.staff, { month: "2031-05" }, locale).find((e) => e.id === meeting)?.title;
    expect(title("fr")).toBe("\u2068José Dupont\u2069 et \u2068طارق الشرقاوي\u2069");
    expect(title("ar")).toBe("\u2068José Dupont\u2069 و\u2068طارق الشرقاوي\u2069");
  });
});
