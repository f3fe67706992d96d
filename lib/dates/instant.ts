/** Formatting of record-keeping instants (UTC ISO strings: created, updated, reviewed at). */
import { dateTimeFormat } from "@/lib/i18n/intl-cache";
import { dateLocales } from "./partial-date";

/**
 * A stored UTC instant as the department reads it: date and time in its time zone
 * (Africa/Casablanca), in the interface language, Latin digits, the day written as every other
 * date of the app (formatPartialDate: «4 دجنبر 2026», Moroccan month names) then the time:
 * «4 دجنبر 2026 في 19:19», «4 décembre 2026 à 19:19» (CLDR's long date with short time; its
 * medium date was «04‏/12‏/2026» in Arabic).
 * @param style "dateTime" (default) or "date"
 */
export function formatInstant(iso: string, locale: keyof typeof dateLocales, style: "dateTime" | "date" = "dateTime"): string {
  return dateTimeFormat(dateLocales[locale], {
    dateStyle: "long",
    timeStyle: style === "dateTime" ? "short" : undefined,
    timeZone: "Africa/Casablanca",
    numberingSystem: "latn",
  }).format(new Date(iso));
}
