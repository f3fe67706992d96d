/**
 * The feed as iCalendar (RFC 5545) with ical-generator. Every item is an all-day item: the
 * records hold dates, not times. Each keeps its precision:
 * - a day, or a range of days: DTSTART;VALUE=DATE .. DTEND (exclusive, the day after the last);
 * - a month (`2017-04`): an all-day item spanning the whole month, its summary suffixed
 *   "(month only, no day stated)", `X-TAAWUN-DATE-PRECISION:month` and a description saying so;
 * - a year likewise, spanning the year.
 * No day the record does not hold is ever shown as the item's day. Dates are written from their
 * ISO strings without any time zone (no shift whatever the server's TZ); the calendar says
 * Africa/Casablanca (X-WR-TIMEZONE), the department's zone, and DTSTAMP is UTC.
 */
import ical, { ICalCalendarMethod } from "ical-generator";
import { firstDay, formatPartialDate, lastDay, parsePartialDate } from "@/lib/dates/partial-date";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/publications/translator";
import type { CalendarItem } from "./queries";

export const FEED_TIME_ZONE = "Africa/Casablanca";

/** The day after `YYYY-MM-DD`, as `YYYY-MM-DD` (UTC arithmetic on a calendar date). */
function dayAfter(day: string): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** A calendar date as the UTC midnight ical-generator formats back to the same YYYYMMDD. */
const asDate = (day: string) => new Date(`${day}T00:00:00.000Z`);

/**
 * Builds the feed.
 * @param items what the owner may see (fetchCalendarItems)
 * @param options.ownerName for the calendar's name; options.locale the owner's language
 * @param options.now the instant of generation (DTSTAMP)
 * @returns the iCalendar text (text/calendar; charset=utf-8)
 */
export function buildCalendar(items: CalendarItem[], options: { ownerName: string; locale: Locale; now: Date }, t: Translate): string {
  const c = (key: string, values?: Record<string, string | number>) => t(`calendarFeed.${key}`, values);
  const calendar = ical({ name: c("calendarName", { name: options.ownerName }), method: ICalCalendarMethod.PUBLISH, prodId: { company: "Taawun", product: "calendar-feed", language: options.locale.toUpperCase() } });
  calendar.x([["X-WR-TIMEZONE", FEED_TIME_ZONE]]);
  for (const item of items) {
    const start = parsePartialDate(item.start);
    if (!start) continue;
    const end = item.end && parsePartialDate(item.end) ? item.end : item.start;
    const precision = start.precision;
    let summary: string;
    switch (item.kind) {
      case "meeting":
        summary = item.title ? c("meeting", { who: item.title }) : c("meetingNoCounterpart", { kind: t(`meetings.kinds.${item.meetingKind}`) });
        break;
      case "edition":
        summary = c("edition", { event: item.title });
        break;
      case "milestone":
        summary = c("milestone", { project: item.projectName ?? "", title: item.title });
        break;
      case "followUp":
        summary = c("followUp", { description: item.title });
        break;
    }
    const description: string[] = [];
    if (precision !== "day") {
      summary = `${summary} ${c(precision === "month" ? "monthOnly" : "yearOnly")}`;
      description.push(c("precisionNote", { precision: c(`precisions.${precision}`), date: formatPartialDate(item.start, options.locale) }));
    }
    if (item.status) {
      const status = item.kind === "followUp" ? t(`meetings.followUpStatuses.${item.status}`) : t(`projects.activityStatuses.${item.status}`);
      description.push(c("status", { status }));
    }
    const event = calendar.createEvent({
      id: `${item.kind}-${item.id}@taawun`,
      allDay: true,
      start: asDate(firstDay(item.start)),
      // DTEND of an all-day item is exclusive: the day after the last day the record covers.
      end: asDate(dayAfter(lastDay(end))),
      stamp: options.now,
      summary,
      description: description.join("\n") || undefined,
      location: item.place ?? undefined,
    });
    event.x([["X-TAAWUN-DATE-PRECISION", precision]]);
  }
  return calendar.toString();
}
