import { describe, expect, it } from "vitest";
import { formatMoney, hundredthsToDecimal, hundredthsToMajor, parseMoney } from "./money";

describe("money in hundredths", () => {
  it("reads amounts as people type them, exactly", () => {
    expect(parseMoney("123456789012.34")).toBe(12345678901234);
    expect(parseMoney("123 456 789 012,34")).toBe(12345678901234);
    expect(parseMoney("123,456,789,012.34")).toBe(12345678901234);
    expect(parseMoney("123.456.789.012,34")).toBe(12345678901234);
    expect(parseMoney("١٢٣٤٥٦٧٨٩٠١٢٫٣٤")).toBe(12345678901234);
    expect(parseMoney("4 600 000")).toBe(460_000_000);
    expect(parseMoney("4,600,000")).toBe(460_000_000);
    expect(parseMoney("1,5")).toBe(150);
    expect(parseMoney("0.07")).toBe(7);
    expect(parseMoney("9999999999999.99")).toBe(999_999_999_999_999);
    expect(parseMoney("  ")).toBeNull();
  });

  it("refuses what is not an amount", () => {
    for (const typed of ["abc", "-5", "1.234", "1,2,3", "4,600", "12.3.4", "10000000000000", "1e5", "1.2.3,45"]) {
      expect(parseMoney(typed), typed).toBeNaN();
    }
  });

  it("writes hundredths back as a plain decimal and formats them exactly", () => {
    expect(hundredthsToDecimal(12345678901234)).toBe("123456789012.34");
    expect(hundredthsToDecimal(460_000_000)).toBe("4600000");
    expect(hundredthsToDecimal(150)).toBe("1.50");
    expect(hundredthsToMajor(12345678901234)).toBe(123456789012.34);
    expect(formatMoney(12345678901234, "EUR", "fr-FR").replace(/\s/g, " ")).toBe("123 456 789 012,34 €");
    expect(formatMoney(12345678901234, "MAD", "fr-MA")).toMatch(/^123\.456\.789\.012,34\sMAD$/);
    expect(formatMoney(12345678901234, "USD", "en-GB")).toBe("US$123,456,789,012.34");
    expect(formatMoney(460_000_000, "EUR", "en-GB")).toBe("€4,600,000");
    expect(formatMoney(999_999_999_999_999, "EUR", "en-GB")).toBe("€9,999,999,999,999.99");
    expect(() => hundredthsToDecimal(1.5)).toThrow(RangeError);
  });
});
