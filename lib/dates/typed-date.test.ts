import { describe, expect, it } from "vitest";
import { formatTypedDate, parseTypedDate } from "./typed-date";

describe("parseTypedDate: day, month, year in that order, the precision being what was typed", () => {
  it.each([
    ["12/01/2026", "2026-01-12", "day"],
    ["1/2/2018", "2018-02-01", "day"],
    ["05.12.2018", "2018-12-05", "day"],
    ["05-12-2018", "2018-12-05", "day"],
    ["04/2017", "2017-04", "month"],
    ["4/2017", "2017-04", "month"],
    ["2016", "2016", "year"],
    ["2026-01-12", "2026-01-12", "day"],
    ["2017-04", "2017-04", "month"],
    ["  29/02/2020 ", "2020-02-29", "day"],
    ["١٢/٠١/٢٠٢٦", "2026-01-12", "day"],
  ])("%s → %s (%s)", (typed, value, precision) => {
    expect(parseTypedDate(typed)).toEqual({ ok: true, value, precision });
  });

  it("reads nothing typed as no date", () => {
    expect(parseTypedDate("  ")).toEqual({ ok: true, value: "", precision: null });
    expect(parseTypedDate(undefined)).toEqual({ ok: true, value: "", precision: null });
  });

  it.each(["31/04/2020", "29/02/2019", "12/13/2026", "00/01/2026", "13/2026", "1850", "2026-02-30"])("refuses the impossible %s", (typed) => {
    expect(parseTypedDate(typed)).toEqual({ ok: false, error: "impossible" });
  });

  it.each(["12/01", "hier", "12/01/26", "2026/01/12x", "12012026"])("refuses the unreadable %s", (typed) => {
    expect(parseTypedDate(typed)).toEqual({ ok: false, error: "unreadable" });
  });
});

describe("formatTypedDate", () => {
  it("writes a partial date back the way it is typed", () => {
    expect(formatTypedDate("2026-01-12")).toBe("12/01/2026");
    expect(formatTypedDate("2017-04")).toBe("04/2017");
    expect(formatTypedDate("2016")).toBe("2016");
    expect(formatTypedDate("")).toBe("");
    expect(formatTypedDate("31/04/2020")).toBe("31/04/2020");
  });
  it("round-trips with parseTypedDate", () => {
    for (const v of ["2018-12-05", "2019-01", "2020"]) expect(parseTypedDate(formatTypedDate(v))).toMatchObject({ ok: true, value: v });
  });
});
