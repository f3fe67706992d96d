/** The meetings export's columns, as the import (issue #10) relies on them. */
import { describe, expect, it } from "vitest";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { formatCounterpart, meetingColumnKeys, meetingHeaderLabels } from "./meeting-columns";

describe("meeting columns", () => {
  it("come in the agreed order, headed in each language", () => {
    expect(meetingColumnKeys).toEqual(["id", "startsOn", "endsOn", "kind", "country", "countryCode", "city", "venue", "counterparts", "topics", "outcome"]);
    for (const [locale, messages] of [["ar", ar], ["fr", fr], ["en", en]] as const) {
      const f = messages.meetings.form;
      expect(meetingHeaderLabels[locale]).toEqual([
        { ar: "المعرف", fr: "Identifiant", en: "ID" }[locale],
        f.startsOn,
        f.endsOn,
        f.kind,
        f.country,
        { ar: "رمز البلد", fr: "Code pays", en: "Country code" }[locale],
        f.city,
        f.venue,
        f.counterparts,
        f.topics,
        f.outcome,
      ]);
    }
  });

  it("write a counterpart as name — title, the title left out when none", () => {
    expect(formatCounterpart({ name: "Consuelo RUMÍ", titleAtMeeting: "كاتبة الدولة" })).toBe("Consuelo RUMÍ \u2014 كاتبة الدولة");
    expect(formatCounterpart({ name: "Consuelo RUMÍ", titleAtMeeting: null })).toBe("Consuelo RUMÍ");
  });
});
