/** How an attachment's size and kind read in the interface (browser and server alike). */
import { numberFormat } from "@/lib/i18n/intl-cache";
import { dateLocales } from "@/lib/dates/partial-date";
import { acceptedMediaTypes } from "./accepted";

/**
 * A size in bytes, in the interface language: kilobytes under 1 MB, else megabytes with one
 * decimal (binary units, as the 20 MB limit: 1 MB = 1024 × 1024 bytes), Latin digits.
 */
export function formatFileSize(bytes: number, locale: keyof typeof dateLocales): string {
  const mb = bytes / (1024 * 1024);
  const [value, unit] = mb >= 1 ? [mb, "megabyte"] : [Math.max(bytes / 1024, 0.1), "kilobyte"];
  return numberFormat(dateLocales[locale], { style: "unit", unit, unitDisplay: "short", maximumFractionDigits: 1, numberingSystem: "latn" }).format(value);
}

/** The short kind of a stored media type ("pdf", "docx"…), or null for an unknown one. */
export function attachmentKind(mediaType: string): (typeof acceptedMediaTypes)[keyof typeof acceptedMediaTypes] | null {
  return (acceptedMediaTypes as Record<string, (typeof acceptedMediaTypes)[keyof typeof acceptedMediaTypes]>)[mediaType] ?? null;
}
