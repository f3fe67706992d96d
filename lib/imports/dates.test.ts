/** The date rules of the import: what is read, what is refused, what is flagged for the user. */
import { describe, expect, it } from "vitest";
import { excelSerialToIso, fileDateOrder, readImportedDate } from "./dates";

const dayFirst = { monthFirst: false };
const text = (t: string) => ({ kind: "text" as const, text: t });

describe("readImportedDate", () => {
  it("reads dd/mm/yyyy in the Moroccan order, ISO dates at their precision, and Arabic-Indic digits", () => {
    expect(readImportedDate(text("05/12/2018"), dayFirst)).toEqual({ status: "ok", value: "2018-12-05" });
    expect(readImportedDate(text("5.12.2018"), dayFirst)).toEqual({ status: "ok", value: "2018-12-05" });
    expect(readImportedDate(text("٠٥/١٢/٢٠١٨"), dayFirst)).toEqual({ status: "ok", value: "2018-12-05" });
    expect(readImportedDate(text("2018-12-05"), dayFirst)).toEqual({ status: "ok", value: "2018-12-05" });
    expect(readImportedDate(text("2017-04"), dayFirst)).toEqual({ status: "ok", value: "2017-04" });
    expect(readImportedDate(text("04/2017"), dayFirst)).toEqual({ status: "ok", value: "2017-04" });
    expect(readImportedDate(text("2016"), dayFirst)).toEqual({ status: "ok", value: "2016" });
    expect(readImportedDate(text("25/12/2018"), { monthFirst: true })).toEqual({ status: "ok", value: "2018-12-25" });
  });

  it("reads date cells as their day, numbers as years (1900–2200) or Excel serials", () => {
    expect(readImportedDate({ kind: "date", iso: "2018-12-05" }, dayFirst)).toEqual({ status: "ok", value: "2018-12-05" });
    expect(readImportedDate({ kind: "number", number: 2016 }, dayFirst)).toEqual({ status: "ok", value: "2016" });
    expect(readImportedDate({ kind: "number", number: 43439 }, dayFirst)).toEqual({ status: "ok", value: "2018-12-05" });
    expect(readImportedDate({ kind: "number", number: 43439.75 }, dayFirst)).toEqual({ status: "ok", value: "2018-12-05" });
    expect(readImportedDate(text("43439"), dayFirst)).toEqual({ status: "ok", value: "2018-12-05" });
    expect(excelSerialToIso(1)).toBe("1900-01-01");
    expect(excelSerialToIso(61)).toBe("1900-03-01");
    expect(excelSerialToIso(0)).toBeNull();
  });

  it("refuses impossible and unreadable dates", () => {
    expect(readImportedDate(text("31/04/2019"), dayFirst)).toEqual({ status: "invalid", error: "impossible" });
    expect(readImportedDate(text("29/02/2019"), dayFirst)).toEqual({ status: "invalid", error: "impossible" });
    expect(readImportedDate(text("2019-13"), dayFirst)).toEqual({ status: "invalid", error: "impossible" });
    expect(readImportedDate(text("demain"), dayFirst)).toEqual({ status: "invalid", error: "unreadable" });
    expect(readImportedDate({ kind: "error", code: "cellError", text: "#N/A" }, dayFirst)).toEqual({ status: "invalid", error: "unreadable" });
  });

  it("flags a two-digit year, whatever the order, with every possible reading", () => {
    expect(readImportedDate(text("03/04/20"), dayFirst)).toEqual({ status: "ambiguous", readings: { dmy: "2020-04-03", mdy: "2020-03-04" } });
    expect(readImportedDate(text("25/04/20"), dayFirst)).toEqual({ status: "ambiguous", readings: { dmy: "2020-04-25" } });
  });

  it("flags a value that only reads month-first, and both-way values once the file shows month-first order", () => {
    expect(readImportedDate(text("04/25/2020"), dayFirst)).toEqual({ status: "ambiguous", readings: { mdy: "2020-04-25" } });
    expect(readImportedDate(text("03/04/2020"), dayFirst)).toEqual({ status: "ok", value: "2020-04-03" });
    const order = fileDateOrder(["04/25/2020", "03/04/2020", "2020-01"]);
    expect(order.monthFirst).toBe(true);
    expect(readImportedDate(text("03/04/2020"), order)).toEqual({ status: "ambiguous", readings: { dmy: "2020-04-03", mdy: "2020-03-04" } });
    // The same day both ways is never ambiguous.
    expect(readImportedDate(text("04/04/2020"), order)).toEqual({ status: "ok", value: "2020-04-04" });
  });

  it("leaves a file of day-first dates alone", () => {
    expect(fileDateOrder(["25/12/2018", "03/04/2020", "03/04/20"]).monthFirst).toBe(false);
  });
});
