/** Lists of names read as the language writes them (CLDR patterns), items kept as they are. */
import { describe, expect, it } from "vitest";
import { joinList, listParts } from "./list-format";

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
