/**
 * The calendar page's view model: the month to show, its layout, its neighbours and the links
 * that keep the filters (everything lives in the URL), the weekday names Monday first.
 */
import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { dateLocales, todayIn } from "@/lib/dates/partial-date";
import type { Locale } from "@/lib/i18n/config";
import { layoutMonth, shiftMonth, type CalendarMonthLayout } from "./month";
import { fetchCalendarMonth } from "./queries";
import type { CalendarFilters, CalendarView } from "./schema";
import { dateTimeFormat } from "@/lib/i18n/intl-cache";

export type CalendarPageView = {
  filters: CalendarFilters & { month: string };
  layout: CalendarMonthLayout;
  /** Today in Africa/Casablanca, `YYYY-MM-DD`. */
  today: string;
  /** Monday first, in the interface language (short forms). */
  weekdays: string[];
  /** Builds a `/calendar` link that keeps the filters, overriding some of them. */
  hrefs: { previous: string; next: string; today: string; month: string; agenda: string };
  /** Total entries of the month (after filters). */
  total: number;
};

/** `/calendar?…` for a state; defaults (month view, no filter) are left out of the URL. */
export function calendarHref(state: { month?: string; view?: CalendarView; kind?: string; country?: string }, hash = ""): string {
  const params = new URLSearchParams();
  if (state.month) params.set("month", state.month);
  if (state.view && state.view !== "month") params.set("view", state.view);
  if (state.kind) params.set("kind", state.kind);
  if (state.country) params.set("country", state.country);
  const query = params.toString();
  return `/calendar${query ? `?${query}` : ""}${hash}`;
}

/** Reads one month (the only query) and lays it out for the page. */
export function buildCalendarView(user: SessionUser, raw: CalendarFilters, locale: Locale, now: Date = new Date()): CalendarPageView {
  const today = todayIn("Africa/Casablanca", now);
  const filters = { ...raw, month: raw.month ?? today.slice(0, 7) };
  const entries = fetchCalendarMonth(user, filters, locale);
  const weekdayFormat = dateTimeFormat(dateLocales[locale], { weekday: "short", timeZone: "UTC" });
  // 1 January 2018 was a Monday.
  const weekdays = Array.from({ length: 7 }, (_, i) => weekdayFormat.format(new Date(Date.UTC(2018, 0, 1 + i, 12))));
  const keep = { view: filters.view, kind: filters.kind, country: filters.country };
  return {
    filters,
    layout: layoutMonth(filters.month, entries),
    today,
    weekdays,
    total: entries.length,
    hrefs: {
      previous: calendarHref({ ...keep, month: shiftMonth(filters.month, -1) }),
      next: calendarHref({ ...keep, month: shiftMonth(filters.month, 1) }),
      today: calendarHref({ ...keep, month: undefined }),
      month: calendarHref({ ...keep, month: filters.month, view: "month" }),
      agenda: calendarHref({ ...keep, month: filters.month, view: "agenda" }),
    },
  };
}
