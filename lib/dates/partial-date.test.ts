import { describe, expect, it } from "vitest";
import {
  comparePartialDates,
  firstDay,
  formatPartialDate,
  formatPartialDateRange,
  lastDay,
  parsePartialDate,
  todayIn,
} from "./partial-date";

describe("parsePartialDate", () => {
  it("accepts a year, a month and a day", () => {
    expect(parsePartialDate("2016")).toEqual({ year: 2016, precision: "year" });
    expect(parsePartialDate("2017-04")).toEqual({ year: 2017, month: 4, precision: "month" });
    expect(parsePartialDate("2018-01-04")).toEqual({ year: 2018, month: 1, day: 4, precision: "day" });
  });

  it("refuses impossible dates and other shapes", () => {
    for (const bad of ["2017-13", "2017-04-31", "2019-02-29", "2018-1-4", "04/01/2018", "", "abcd"]) {
      expect(parsePartialDate(bad), bad).toBeNull();
    }
    expect(parsePartialDate("2020-02-29")?.precision).toBe("day");
  });
});

describe("span of a partial date", () => {
  it("covers the whole month or year", () => {
    expect(firstDay("2017-04")).toBe("2017-04-01");
    expect(lastDay("2017-04")).toBe("2017-04-30");
    expect(lastDay("2016-02")).toBe("2016-02-29");
    expect(lastDay("2016")).toBe("2016-12-31");
    expect(lastDay("2018-12-05")).toBe("2018-12-05");
  });

  it("sorts across precisions", () => {
    const dates = ["2017-04-12", "2016", "2017-04", "2016-11", "2017"];
    expect([...dates].sort(comparePartialDates)).toEqual(["2016", "2016-11", "2017", "2017-04", "2017-04-12"]);
  });
});

describe("formatPartialDate", () => {
  it("uses Moroccan month names with Latin digits in Arabic", () => {
    expect(formatPartialDate("2018-12-05", "ar")).toBe("5 دجنبر 2018");
    expect(formatPartialDate("2018-12", "ar")).toBe("دجنبر 2018");
    expect(formatPartialDate("2018-07", "ar")).toContain("يوليوز");
    expect(formatPartialDate("2018-08", "ar")).toContain("غشت");
    expect(formatPartialDate("2018-12", "ar")).not.toContain("ديسمبر");
  });

  it("formats at the stored precision and never adds a day", () => {
    expect(formatPartialDate("2017-04", "fr")).toBe("avril 2017");
    expect(formatPartialDate("2017-04", "en")).toBe("April 2017");
    expect(formatPartialDate("2016", "en")).toBe("2016");
    expect(formatPartialDate("2018-01-04", "en")).toBe("4 January 2018");
  });

  it("does not depend on the process time zone", () => {
    // Vitest runs with whatever TZ the machine has; the result must be the stored calendar day.
    expect(formatPartialDate("2018-01-01", "en")).toBe("1 January 2018");
    expect(formatPartialDate("2018-12-31", "en")).toBe("31 December 2018");
  });

  it("collapses a day range", () => {
    expect(formatPartialDateRange("2018-12-05", "2018-12-07", "ar")).toBe("5–7 دجنبر 2018");
    expect(formatPartialDateRange("2015-11-19", "2015-11-20", "fr")).toBe("19–20 novembre 2015");
    expect(formatPartialDateRange("2018-03-20", null, "en")).toBe("20 March 2018");
  });
});

describe("todayIn", () => {
  it("gives the calendar date of the given zone", () => {
    const instant = new Date("2018-12-31T23:30:00Z");
    expect(todayIn("Africa/Casablanca", instant)).toBe("2019-01-01");
    expect(todayIn("America/New_York", instant)).toBe("2018-12-31");
  });
});
