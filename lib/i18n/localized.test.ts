/** The display rule for a record's texts: the user's language, otherwise the original, marked. */
import { describe, expect, it } from "vitest";
import { localizedText, originalLanguageOf } from "./localized";

describe("localizedText", () => {
  const recosa = { ar: "تحسين ظروف عيش المهاجرين", fr: "Améliorer les conditions de vie", en: null };
  it("gives the user's language where a text exists", () => {
    expect(localizedText(recosa, "fr")).toEqual({ text: "Améliorer les conditions de vie", lang: "fr", isOriginal: false });
    expect(localizedText(recosa, "ar")).toEqual({ text: "تحسين ظروف عيش المهاجرين", lang: "ar", isOriginal: false });
  });
  it("falls back to the original (Arabic first), never to a third language", () => {
    expect(localizedText(recosa, "en")).toEqual({ text: "تحسين ظروف عيش المهاجرين", lang: "ar", isOriginal: true });
    expect(localizedText({ fr: "Vivre ensemble" }, "en")).toEqual({ text: "Vivre ensemble", lang: "fr", isOriginal: true });
    expect(originalLanguageOf({ en: "Only English" })).toBe("en");
    expect(localizedText({}, "ar")).toBeNull();
  });
});
