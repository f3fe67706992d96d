/**
 * Lateness and progress across the precisions the sources give (day, month, year), in
 * TypeScript and in SQL (the projects list aggregates in SQL: both must say the same).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import { activities, projects } from "@/db/schema";
import { openFreshDatabase } from "@/tests/helpers/test-db";
import { isLate, lateCondition, nextDue, percentDone, summarizeProgress, type MilestoneState } from "./progress";

const m = (plannedOn: string | null, status: MilestoneState["status"] = "planned"): MilestoneState => ({ plannedOn, status });

describe("isLate", () => {
  it("makes a month-precision milestone late only once its month is over", () => {
    expect(isLate(m("2017-04"), "2017-04-01")).toBe(false);
    expect(isLate(m("2017-04"), "2017-04-30")).toBe(false);
    expect(isLate(m("2017-04"), "2017-05-01")).toBe(true);
    // February of a leap year ends on the 29th.
    expect(isLate(m("2016-02"), "2016-02-29")).toBe(false);
    expect(isLate(m("2016-02"), "2016-03-01")).toBe(true);
  });

  it("makes a day-precision milestone late the day after", () => {
    expect(isLate(m("2017-04-12"), "2017-04-12")).toBe(false);
    expect(isLate(m("2017-04-12"), "2017-04-13")).toBe(true);
    expect(isLate(m("2017-04-12"), "2017-04-11")).toBe(false);
  });

  it("makes a year-precision milestone late only once its year is over", () => {
    expect(isLate(m("2017"), "2017-12-31")).toBe(false);
    expect(isLate(m("2017"), "2018-01-01")).toBe(true);
  });

  it("never calls done, cancelled or undated milestones late", () => {
    expect(isLate(m("2016-01", "done"), "2020-01-01")).toBe(false);
    expect(isLate(m("2016-01", "cancelled"), "2020-01-01")).toBe(false);
    expect(isLate(m(null), "2020-01-01")).toBe(false);
  });

  it("counts in-progress and delayed milestones past their date as late", () => {
    expect(isLate(m("2016-01", "in_progress"), "2016-02-01")).toBe(true);
    expect(isLate(m("2016-01", "delayed"), "2016-02-01")).toBe(true);
    expect(isLate(m("2016-03", "delayed"), "2016-02-01")).toBe(false);
  });

  it("refuses a `today` that is not a day", () => {
    expect(() => isLate(m("2017"), "2017-04")).toThrow(RangeError);
    expect(() => isLate(m("2017"), "2017-02-30")).toThrow(RangeError);
  });
});

describe("summarizeProgress", () => {
  const milestones = [
    m("2017-03-16", "done"),
    m("2017-04", "planned"), // late on 2017-05-10
    m("2017", "in_progress"), // not late before 2018
    m("2017-05-10", "planned"), // due today: not late
    m("2017-02", "cancelled"), // left out of the share
    m(null, "planned"),
  ];

  it("gives the share done among milestones that count, and the late ones", () => {
    const progress = summarizeProgress(milestones, "2017-05-10");
    expect(progress).toEqual({ total: 6, counted: 5, done: 1, late: 1, shareDone: 0.2 });
    expect(percentDone(progress)).toBe(20);
  });

  it("changes with `today` across precisions", () => {
    expect(summarizeProgress(milestones, "2017-05-11").late).toBe(2);
    expect(summarizeProgress(milestones, "2018-01-01").late).toBe(3);
    expect(summarizeProgress(milestones, "2017-04-30").late).toBe(0);
  });

  it("has no share when nothing counts", () => {
    expect(summarizeProgress([], "2020-01-01")).toMatchObject({ total: 0, shareDone: null });
    expect(percentDone(summarizeProgress([m("2017", "cancelled")], "2020-01-01"))).toBeNull();
  });
});

describe("nextDue", () => {
  it("picks the earliest open milestone not yet late, at any precision", () => {
    const list = [
      { ...m("2017-06"), title: "June" },
      { ...m("2017-05-20"), title: "20 May" },
      { ...m("2017-04"), title: "April (late)" },
      { ...m("2017-05-15", "done"), title: "done" },
      { ...m(null), title: "undated" },
    ];
    expect(nextDue(list, "2017-05-10")?.title).toBe("20 May");
    expect(nextDue(list, "2017-05-21")?.title).toBe("June");
    expect(nextDue(list, "2017-07-01")).toBeNull();
  });

  it("puts a month before a day of that month, as the list sorts", () => {
    const list = [{ ...m("2017-05-01"), title: "day" }, { ...m("2017-05"), title: "month" }];
    expect(nextDue(list, "2017-04-01")?.title).toBe("month");
  });
});

describe("lateCondition (SQL) agrees with isLate", () => {
  let database: ReturnType<typeof openFreshDatabase>;
  let projectId: number;
  const dates = ["2016", "2017", "2017-04", "2017-05", "2016-02", "2017-04-30", "2017-05-01", "2017-05-02", null];
  const statuses: MilestoneState["status"][] = ["planned", "in_progress", "delayed", "done", "cancelled"];

  beforeAll(() => {
    database = openFreshDatabase("progress");
    projectId = database.db.insert(projects).values({ acronym: "TEST" }).returning().get().id;
    let position = 0;
    for (const plannedOn of dates) {
      for (const status of statuses) {
        database.db.insert(activities).values({ projectId, title: `${plannedOn}/${status}`, plannedOn, status, position: position++ }).run();
      }
    }
  });
  afterAll(() => database.cleanup());

  it.each(["2016-02-29", "2016-03-01", "2017-04-30", "2017-05-01", "2017-05-02", "2017-12-31", "2018-01-01"])(
    "on %s",
    (today) => {
      const rows = database.db.select().from(activities).where(eq(activities.projectId, projectId)).orderBy(asc(activities.position)).all();
      const late = database.db
        .select({ title: activities.title })
        .from(activities)
        .where(and(eq(activities.projectId, projectId), lateCondition(activities, today)))
        .orderBy(asc(activities.position))
        .all()
        .map((r) => r.title);
      expect(late).toEqual(rows.filter((r) => isLate(r, today)).map((r) => r.title));
    },
  );
});
