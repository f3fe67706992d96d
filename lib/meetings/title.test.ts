import { describe, expect, it } from "vitest";
import { formatPartialDateRange } from "@/lib/dates/partial-date";
import { meetingTitle, type MeetingNameSource } from "./title";

const spain = { countryNameAr: "إسبانيا", countryNameFr: "Espagne", countryNameEn: "Spain" };
type CountryNames = Pick<MeetingNameSource, "countryNameAr" | "countryNameFr" | "countryNameEn">;
const alone = (meeting: Partial<MeetingNameSource["meeting"]>, names: CountryNames = spain): MeetingNameSource => ({
  meeting: { kind: "working_meeting", startsOn: "2019-05-14", endsOn: null, countryCode: "ES", ...meeting },
  counterparts: [],
  ...names,
});

describe("a meeting's name in its tab", () => {
  it("is its counterparts' names when it has some", () => {
    const title = meetingTitle({ ...alone({}), counterparts: [{ name: "Consuelo RUMÍ" }, { name: "Marco Peeters" }] }, "fr");
    expect(title.replace(/[\u2068\u2069]/g, "")).toBe("Consuelo RUMÍ et Marco Peeters");
  });

  it("is its kind, country and date in the reader's language when it has none", () => {
    expect(meetingTitle(alone({}), "ar")).toBe(`جلسة عمل · إسبانيا · ${formatPartialDateRange("2019-05-14", null, "ar")}`);
    expect(meetingTitle(alone({}), "fr")).toBe("Séance de travail · Espagne · 14 mai 2019");
    expect(meetingTitle(alone({}), "en")).toBe("Working meeting · Spain · 14 May 2019");
  });

  it("says 'meeting' for the kind 'other', leaves out an unknown country, and spans its days", () => {
    const none = { countryNameAr: null, countryNameFr: null, countryNameEn: null };
    expect(meetingTitle(alone({ kind: "other", countryCode: null }, none), "fr")).toBe("Rencontre · 14 mai 2019");
    expect(meetingTitle(alone({ kind: "other", countryCode: null }, none), "ar")).toMatch(/^لقاء · /);
    expect(meetingTitle(alone({ endsOn: "2019-05-16" }), "en")).toBe(`Working meeting · Spain · ${formatPartialDateRange("2019-05-14", "2019-05-16", "en")}`);
  });
});
