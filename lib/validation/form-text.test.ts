import { describe, expect, it } from "vitest";
import { formTexts, idText } from "./form-text";

describe("stored values as form strings", () => {
  it("turns null into an empty field and keeps text as it is", () => {
    expect(formTexts({ titleAr: "مذكرة", titleFr: null, notes: "x" }, ["titleAr", "titleFr"])).toEqual({ titleAr: "مذكرة", titleFr: "" });
  });

  it("writes an id as text, and no id as no choice", () => {
    expect(idText(42)).toBe("42");
    expect(idText(null)).toBe("");
  });
});
