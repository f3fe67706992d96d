import { describe, expect, it } from "vitest";
import { buildSearchText, normalizeForSearch } from "./normalize-arabic";

describe("normalizeForSearch", () => {
  it("folds presentation-form glyphs (as in the source page) to base letters", () => {
    // «ﻣﻨﻄﻘﺔ اﻟﺒﺤﺮ» as extracted from the department's PDF, in U+FExx presentation forms.
    expect(normalizeForSearch("ﻣﻨﻄﻘﺔ اﻟﺒﺤﺮ")).toBe(normalizeForSearch("منطقة البحر"));
    expect(normalizeForSearch("ﻣﻨﻄﻘﺔ")).toBe("منطقه");
  });

  it("strips tatweel", () => {
    expect(normalizeForSearch("مـــدريد")).toBe("مدريد");
    expect(normalizeForSearch("الهجـرة")).toBe(normalizeForSearch("الهجرة"));
  });

  it("strips diacritics (harakat, tanween, shadda, sukun, superscript alef)", () => {
    expect(normalizeForSearch("كَتَبَ")).toBe("كتب");
    expect(normalizeForSearch("تعاونٌ")).toBe("تعاون");
    expect(normalizeForSearch("الشَّرِكَة")).toBe(normalizeForSearch("الشركة"));
    expect(normalizeForSearch("هٰذا")).toBe("هذا");
  });

  it("unifies alef and hamza forms", () => {
    expect(normalizeForSearch("الإمارات")).toBe(normalizeForSearch("الامارات"));
    expect(normalizeForSearch("أحمد")).toBe("احمد");
    expect(normalizeForSearch("آمال")).toBe("امال");
    expect(normalizeForSearch("ٱلله")).toBe("الله");
    expect(normalizeForSearch("مسؤول")).toBe(normalizeForSearch("مسوول"));
    expect(normalizeForSearch("رئيس")).toBe(normalizeForSearch("رييس"));
  });

  it("unifies ta marbuta with ha and alef maqsura with ya", () => {
    expect(normalizeForSearch("الهجرة")).toBe(normalizeForSearch("الهجره"));
    expect(normalizeForSearch("مصطفى")).toBe(normalizeForSearch("مصطفي"));
  });

  it("lower-cases Latin, drops accents and punctuation, collapses spaces", () => {
    expect(normalizeForSearch("  Désirée   BONIS, ")).toBe("desiree bonis");
    expect(normalizeForSearch("(GIZ)")).toBe("giz");
  });

  it("returns an empty string for empty input", () => {
    expect(normalizeForSearch(null)).toBe("");
    expect(normalizeForSearch(undefined)).toBe("");
    expect(normalizeForSearch("   ")).toBe("");
  });
});

describe("buildSearchText", () => {
  it("normalises each part and skips empty ones", () => {
    expect(buildSearchText(["الإمارات", null, "", "Qatar"])).toBe("الامارات | qatar");
  });
});
