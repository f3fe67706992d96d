/** Formatting of record-keeping instants (UTC ISO strings: created, updated, reviewed at). */
import { dateTimeFormat } from "@/lib/i18n/intl-cache";
import { dateLocales } from "./partial-date";

/**
 * A stored UTC instant as the department reads it: date and time in its time zone
 * (Africa/Casablanca), in the interface language, Latin digits.
 * @param style "dateTime" (default) or "date"
 */
export function formatInstant(iso: string, locale: keyof typeof dateLocales, style: "dateTime" | "date" = "dateTime"): string {
  return dateTimeFormat(dateLocales[locale], {
    dateStyle: "medium",
    timeStyle: style === "dateTime" ? "short" : undefined,
    timeZone: "Africa/Casablanca",
    numberingSystem: "latn",
  }).format(new Date(iso));
}
