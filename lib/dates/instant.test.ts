import { describe, expect, it } from "vitest";
import { formatInstant } from "./instant";
import { formatPartialDate } from "./partial-date";

// 18:19 UTC on 4 December 2026 is 19:19 in Casablanca (UTC+1).
const instant = "2026-12-04T18:19:00.000Z";

describe("formatInstant", () => {
  it("writes the day as the rest of the app does (Moroccan month names), then the time", () => {
    // It wrote "04‏/12‏/2026، 19:19" (CLDR's medium date for ar-MA), unlike every other date.
    expect(formatInstant(instant, "ar")).toBe("4 دجنبر 2026 في 19:19");
    expect(formatInstant(instant, "fr")).toBe("4 décembre 2026 à 19:19");
    expect(formatInstant(instant, "en")).toBe("4 December 2026 at 19:19");
  });

  it("without the time, is the same string as the calendar date of that day", () => {
    for (const locale of ["ar", "fr", "en"] as const) {
      expect(formatInstant(instant, locale, "date")).toBe(formatPartialDate("2026-12-04", locale));
    }
  });

  it("uses the department's time zone: just before midnight UTC is the next day in Casablanca", () => {
    expect(formatInstant("2026-12-31T23:30:00.000Z", "fr")).toBe("1 janvier 2027 à 00:30");
  });
});
