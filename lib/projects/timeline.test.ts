/** The timeline's geometry: axis bounds, month-precision markers spanning their month, phases. */
import { describe, expect, it } from "vitest";
import { buildTimeline, type TimelineInput } from "./timeline";

const base: TimelineInput = { plannedStart: null, plannedEnd: null, actualStart: null, actualEnd: null, phases: [], milestones: [], today: "2026-11-29" };
const milestone = (id: number, plannedOn: string | null, extra: Partial<TimelineInput["milestones"][number]> = {}) => ({
  id,
  title: `m${id}`,
  plannedOn,
  plannedEndOn: null,
  actualOn: null,
  status: "done",
  late: false,
  ...extra,
});

describe("buildTimeline", () => {
  // Recoming's shape: dated milestones from January 2016 to December 2017, some undated.
  const recoming = buildTimeline({
    ...base,
    milestones: [
      milestone(1, null),
      milestone(2, "2016-01-22"),
      milestone(3, "2017-12"),
      milestone(4, "2016-06"),
      milestone(5, "2016-01"),
      milestone(6, "2017-04"),
      milestone(7, "2017-04"),
    ],
  })!;

  it("runs the axis over whole months from the earliest to the latest date", () => {
    expect(recoming.start).toBe("2016-01-01");
    expect(recoming.end).toBe("2017-12-31");
    expect(recoming.months).toHaveLength(24);
    expect(recoming.years.map((y) => [y.year, y.labelled])).toEqual([[2016, true], [2017, true]]);
    // 2016 is a leap year: 366 of the 731 days.
    expect(recoming.years[0]!.widthPct).toBeCloseTo((366 / 731) * 100, 6);
  });

  it("orders markers by date, less precise first, and keeps undated ones aside", () => {
    expect(recoming.markers.map((m) => m.date)).toEqual(["2016-01", "2016-01-22", "2016-06", "2017-04", "2017-04", "2017-12"]);
    expect(recoming.undated.map((m) => m.id)).toEqual([1]);
  });

  it("spans a month-precision marker over exactly its month and puts a day inside its month", () => {
    const june = recoming.markers.find((m) => m.date === "2016-06")!;
    const juneMonth = recoming.months.find((m) => m.month === "2016-06")!;
    expect(june.startPct).toBeCloseTo(juneMonth.startPct, 9);
    expect(june.widthPct).toBeCloseTo(juneMonth.widthPct, 9);
    expect(june.precision).toBe("month");
    const day = recoming.markers.find((m) => m.date === "2016-01-22")!;
    const january = recoming.months[0]!;
    expect(day.startPct).toBeCloseTo((21 / 731) * 100, 9);
    expect(day.startPct + day.widthPct).toBeLessThanOrEqual(january.startPct + january.widthPct);
    const december = recoming.markers.at(-1)!;
    expect(december.startPct + december.widthPct).toBeCloseTo(100, 9);
  });

  it("labels at most eight months: every third over two years", () => {
    expect(recoming.months.filter((m) => m.labelled).map((m) => m.month.slice(5))).toEqual(
      ["01", "04", "07", "10", "01", "04", "07", "10"],
    );
  });

  it("places phases given as lengths one after the other from the planned start, as indicative", () => {
    const amoudou = buildTimeline({
      ...base,
      plannedStart: "2016",
      plannedEnd: "2020",
      phases: [
        { id: 1, phase: "preparation", plannedMonths: 6, plannedStart: null, plannedEnd: null },
        { id: 2, phase: "implementation", plannedMonths: 36, plannedStart: null, plannedEnd: null },
        { id: 3, phase: "evaluation", plannedMonths: 6, plannedStart: null, plannedEnd: null },
      ],
    })!;
    expect(amoudou.start).toBe("2016-01-01");
    expect(amoudou.end).toBe("2020-12-31");
    expect(amoudou.phases.map((p) => [p.phase, p.start, p.end, p.derived, p.approximate])).toEqual([
      ["preparation", "2016-01-01", "2016-06-30", true, true],
      ["implementation", "2016-07-01", "2019-06-30", true, true],
      ["evaluation", "2019-07-01", "2019-12-31", true, true],
    ]);
    expect(amoudou.planned).toEqual({ startPct: 0, widthPct: 100 });
    expect(amoudou.months.filter((m) => m.labelled).map((m) => m.month)).toEqual(["2016-01", "2017-01", "2018-01", "2019-01", "2020-01"]);
  });

  it("labels a long axis every few years only", () => {
    const long = buildTimeline({ ...base, milestones: [milestone(1, "2019-03-15"), milestone(2, "2099-04")] })!;
    // March 2019 to April 2099.
    expect(long.months).toHaveLength(80 * 12 + 2);
    const labelled = long.months.filter((m) => m.labelled).map((m) => m.month);
    // 962 months: one label every 20 years.
    expect(labelled).toEqual(["2019-03", "2039-01", "2059-01", "2079-01", "2099-01"]);
    expect(long.years.filter((y) => y.labelled).map((y) => y.year)).toEqual([2019, 2039, 2059, 2079, 2099]);
  });

  it("uses a phase's own dates, a range's end, and draws today when inside the axis", () => {
    const timeline = buildTimeline({
      ...base,
      today: "2017-03-16",
      phases: [{ id: 1, phase: "implementation", plannedMonths: null, plannedStart: "2017-01", plannedEnd: "2017-06" }],
      milestones: [milestone(1, "2017-03-16", { plannedEndOn: "2017-03-17" })],
    })!;
    expect(timeline.phases[0]).toMatchObject({ start: "2017-01-01", end: "2017-06-30", derived: false });
    expect(timeline.markers[0]).toMatchObject({ endDate: "2017-03-17" });
    expect(timeline.markers[0]!.widthPct).toBeCloseTo((2 / 181) * 100, 9);
    expect(timeline.todayPct).toBeCloseTo(timeline.markers[0]!.startPct, 9);
    expect(buildTimeline({ ...base, milestones: [milestone(1, null)] })).toBeNull();
  });
});
