import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./config";

describe("negotiateLocale", () => {
  it("picks the best supported language by q-value", () => {
    expect(negotiateLocale("fr-FR,fr;q=0.9,en;q=0.8")).toBe("fr");
    expect(negotiateLocale("de-DE,en;q=0.5,ar;q=0.7")).toBe("ar");
    expect(negotiateLocale("en-GB")).toBe("en");
    expect(negotiateLocale("ar-MA")).toBe("ar");
  });

  it("returns null when nothing fits", () => {
    expect(negotiateLocale("de,es;q=0.8")).toBeNull();
    expect(negotiateLocale("")).toBeNull();
    expect(negotiateLocale(null)).toBeNull();
    expect(negotiateLocale("fr;q=0")).toBeNull();
  });
});
