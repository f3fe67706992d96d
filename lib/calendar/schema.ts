/**
 * The calendar's URL state (`/calendar?month=2018-12&view=agenda&kind=meeting&country=ES`): one
 * month at a time, a view, and the filters. Anything unreadable falls back to its default.
 */
import { z } from "zod";

/** The kinds of dated things the calendar shows. */
export const calendarKinds = ["meeting", "edition", "milestone", "followUp"] as const;
export type CalendarKind = (typeof calendarKinds)[number];

export const calendarViews = ["month", "agenda"] as const;
export type CalendarView = (typeof calendarViews)[number];

export const calendarFiltersSchema = z.object({
  /** `YYYY-MM`; undefined means the current month (Africa/Casablanca). */
  month: z
    .string()
    .regex(/^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/)
    .optional()
    .catch(undefined),
  view: z.enum(calendarViews).catch("month"),
  kind: z.enum(calendarKinds).optional().catch(undefined),
  country: z.string().regex(/^[A-Z]{2}$/).optional().catch(undefined),
});
export type CalendarFilters = z.infer<typeof calendarFiltersSchema>;
