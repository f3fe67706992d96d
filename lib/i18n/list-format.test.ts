/** Lists of names read as the language writes them (CLDR patterns), items kept as they are. */
import { describe, expect, it } from "vitest";
import { joinList, joinNames, listParts } from "./list-format";

const text = (parts: ReturnType<typeof listParts<string>>) => parts.map((p) => (p.type === "element" ? `[${p.item}]` : p.value)).join("");

describe("listParts", () => {
  it("puts the language's own words between elements, and each item once, in order", () => {
    expect(text(listParts(["GIZ", "Enabel", "AECID"], "fr"))).toBe("[GIZ], [Enabel] et [AECID]");
    expect(text(listParts(["GIZ", "Enabel", "AECID"], "en"))).toBe("[GIZ], [Enabel] and [AECID]");
    expect(text(listParts(["خوان", "ماريا"], "ar"))).toBe("[خوان] و[ماريا]");
  });

  it("gives each element its index in the input, also for items that look like numbers", () => {
    const parts = listParts(["2", "1", "0"], "en").filter((p) => p.type === "element");
    expect(parts.map((p) => (p.type === "element" ? [p.item, p.index] : null))).toEqual([["2", 0], ["1", 1], ["0", 2]]);
  });

  it("reads the same as joinList once joined", () => {
    const names = ["Pia KJAERSGAARD", "Ana García", "محمد"];
    for (const locale of ["ar", "fr", "en"] as const) {
      expect(text(listParts(names, locale)).replace(/[[\]]/g, "")).toBe(joinList(names, locale));
    }
  });
});

describe("joinNames", () => {
  it("isolates each name and leaves the separators of the page's language outside", () => {
    const names = ["عثمان العلوي", "Marco Peeters", "حسن الإدريسي"];
    expect(joinNames(names, "fr")).toBe("\u2068عثمان العلوي\u2069, \u2068Marco Peeters\u2069 et \u2068حسن الإدريسي\u2069");
    expect(joinNames(names, "ar")).toBe("\u2068عثمان العلوي\u2069 و\u2068Marco Peeters\u2069 و\u2068حسن الإدريسي\u2069");
    // What a browser's dir="auto" reads first, outside the isolates: the French "et", the Arabic "و".
    const outside = (s: string) => s.replace(/\u2068[^\u2069]*\u2069/g, "");
    expect(outside(joinNames(names, "fr"))).toBe(",  et ");
    expect(outside(joinNames(names, "ar"))).toBe(" و و");
  });
});
