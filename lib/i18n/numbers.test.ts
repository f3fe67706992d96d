import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { formatCount } from "./numbers";

describe("formatCount", () => {
  it("groups thousands in the reader's language, in Latin digits", () => {
    expect(formatCount(28148, "ar")).toBe("28,148");
    expect(formatCount(28148, "en")).toBe("28,148");
    expect(formatCount(28148, "fr")).toBe("28\u202f148");
    expect(formatCount(999, "fr")).toBe("999");
  });

  it("says what a message's plural count says (the pager's «28,148»)", () => {
    for (const locale of ["ar", "fr", "en"]) {
      const t = createTranslator({ locale, messages: { n: "{count, plural, other {#}}" } });
      expect(formatCount(4915, locale)).toBe(t("n", { count: 4915 }));
    }
  });
});
