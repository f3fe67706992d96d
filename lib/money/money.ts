/**
 * Exact money. An amount is stored and passed around as an integer number of HUNDREDTHS of the
 * currency's major unit (cents, centimes, halalas: 123 456 789 012,34 € is 12345678901234), never
 * as a floating-point major amount, so no cent is lost in the database, the form, the page or an
 * export. Two decimals for every currency: that is the precision the project form takes.
 *
 * Amounts are bounded to MAX_MAJOR_DIGITS integer digits so that the hundredths stay a safe
 * JavaScript integer (below Number.MAX_SAFE_INTEGER, 9 007 199 254 740 991) and fit SQLite's
 * 64-bit INTEGER.
 */
import { numberFormat } from "@/lib/i18n/intl-cache";

/** Most digits the major part (before the decimal separator) may have: up to 9 999 999 999 999.99. */
export const MAX_MAJOR_DIGITS = 13;

const arabicIndicDigits = /[\u0660-\u0669\u06f0-\u06f9]/g;

/** Arabic-Indic (U+0660…) and Persian (U+06F0…) digits to Latin digits. */
function latinDigits(text: string): string {
  return text.replace(arabicIndicDigits, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

/**
 * Reads an amount as a person types it into hundredths of the major unit.
 *
 * Accepts spaces, no-break spaces and apostrophes as group separators; `.`, `,` or the Arabic
 * decimal separator `٫` as decimal separator (with both `.` and `,` present, the last one is the
 * decimal separator and the other groups digits, as in `123,456,789,012.34` or `1.234,5`); one kind
 * repeated groups digits (`4,600,000`), alone it is the decimal separator; Arabic-Indic digits. At most two
 * decimals and MAX_MAJOR_DIGITS integer digits, no sign.
 *
 * @returns the integer number of hundredths, `null` when `typed` is empty (only spaces), or `NaN`
 *   when it is not such an amount (the form shows `numberInvalid`).
 * @example parseMoney("123 456 789 012,34") === 12345678901234; parseMoney("") === null
 */
export function parseMoney(typed: string): number | null {
  let text = latinDigits(typed).replace(/[\s\u00a0\u202f'\u2019\u066c]/g, "").replace(/\u066b/g, ".");
  if (!text) return null;
  const lastDot = text.lastIndexOf(".");
  const lastComma = text.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? "." : ",";
    const group = decimal === "." ? "," : ".";
    if (!/^\d{1,3}([.,]\d{3})*([.,]\d{1,2})?$/.test(text)) return Number.NaN;
    text = text.split(group).join("").replace(decimal, ".");
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? "," : ".";
    const parts = text.split(sep);
    // Several separators of one kind group digits (4,600,000); a single one is the decimal
    // separator, so an ambiguous "4,600" or "1.234" is refused rather than guessed.
    if (parts.length > 2) {
      if (!/^\d{1,3}$/.test(parts[0] ?? "") || !parts.slice(1).every((p) => /^\d{3}$/.test(p))) return Number.NaN;
      text = parts.join("");
    } else {
      text = parts.join(".");
    }
  }
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return Number.NaN;
  const major = (match[1] ?? "").replace(/^0+(?=\d)/, "");
  if (major.length > MAX_MAJOR_DIGITS) return Number.NaN;
  return Number(major) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}

/**
 * Hundredths as a plain decimal string with `.` and no grouping, cents only when there are any:
 * 12345678901234 → "123456789012.34", 460000000 → "4600000", 150 → "1.50". This is the form
 * field's value and the exact text an export can write.
 * @throws RangeError when `hundredths` is not a safe non-negative integer.
 */
export function hundredthsToDecimal(hundredths: number): string {
  if (!Number.isSafeInteger(hundredths) || hundredths < 0) throw new RangeError(`not an amount in hundredths: ${hundredths}`);
  const major = Math.floor(hundredths / 100);
  const cents = hundredths % 100;
  return cents === 0 ? String(major) : `${major}.${String(cents).padStart(2, "0")}`;
}

/**
 * Hundredths as a number of major units (12345678901234 → 123456789012.34), for a spreadsheet
 * cell: a double holds 15 significant digits exactly as displayed, which every amount within
 * MAX_MAJOR_DIGITS has. Do not compute with it; compute in hundredths.
 */
export function hundredthsToMajor(hundredths: number): number {
  return Number(hundredthsToDecimal(hundredths));
}

/**
 * An amount for display in `intlLocale` (a BCP 47 tag such as "ar-MA", "fr-MA", "en-GB"):
 * currency symbol, the locale's grouping, cents only when there are any, Latin digits.
 * Formatting goes through a decimal string, so it is exact (Intl.NumberFormat formats strings
 * without converting them to doubles: ECMA-402 NumberFormat v3).
 * @example formatMoney(12345678901234, "EUR", "en-GB") === "€123,456,789,012.34"
 * @throws RangeError for an unknown currency code or an invalid amount.
 */
export function formatMoney(hundredths: number, currency: string, intlLocale: string): string {
  const format = numberFormat(intlLocale, {
    style: "currency",
    currency,
    trailingZeroDisplay: "stripIfInteger",
    numberingSystem: "latn",
  });
  // `format` takes a decimal string exactly (the type declarations predate NumberFormat v3).
  return format.format(hundredthsToDecimal(hundredths) as unknown as number);
}
