/**
 * The calendar: server-only reads of one month at a time. The items are those the user may see
 * (the permission table for each kind, and the single scope rule of lib/auth/scope.ts: a
 * steering-committee member sees only their projects' milestones), filtered in SQL to the month,
 * the kind and the country. Archived rows, cancelled milestones and closed follow-ups are left
 * out, as in the calendar feed (lib/calendar-feed).
 */
import "server-only";
import { fetchCounterpartsOf } from "@/lib/meetings/queries";
import { and, asc, eq, gte, inArray, isNotNull, isNull, lte, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { activities, eventEditions, events, followUpActions, meetings, projects } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { milestoneScope } from "@/lib/auth/scope";
import type { Locale } from "@/lib/i18n/config";
import { joinNames } from "@/lib/i18n/list-format";
import { localizedName } from "@/lib/i18n/localized";
import { monthBounds, shiftMonth, type CalendarEntry } from "./month";
import { readBetweenWrites } from "@/lib/cache/read-cache";
import type { CalendarKind } from "./schema";

/** A safety bound per kind and month; a real month holds a few dozen items. */
const PER_KIND_LIMIT = 500;
/** How long before a month a meeting may have begun and still be in it (a meeting lasts days). */
const MEETING_LOOKBACK_MONTHS = 12;

/**
 * SQL: the partial date range `start`..`end` (end null = a single date) overlaps `month`
 * (`YYYY-MM`). Partial ISO strings compare as text: `2018` < `2018-12` < `2018-12-05`, so a
 * year-precision item belongs to each month of its year.
 */
function overlapsMonth(start: AnyColumn, end: AnyColumn | null, month: string): SQL {
  const until = end ? sql`coalesce(${end}, ${start})` : sql`${start}`;
  return and(lte(start, monthBounds(month).last), or(sql`${until} >= ${month}`, sql`${until} = ${month.slice(0, 4)}`))!;
}

/**
 * A milestone a calendar shows (the month view and the feed): live, in a live project, with a
 * planned date, and not cancelled. Rows of `activities` joined to their `projects`.
 */
export function datedLiveMilestone(): SQL {
  return and(isNull(activities.archivedAt), isNull(projects.archivedAt), isNotNull(activities.plannedOn), inArray(activities.status, ["planned", "in_progress", "delayed", "done"]))!;
}

export type CalendarQuery = { month: string; kind?: CalendarKind; country?: string };

/**
 * The entries of `month` that `user` may see, filtered by kind and country (ISO alpha-2: a
 * meeting's counterpart country, an edition's country, a milestone's place or its project's
 * partner country, a follow-up's meeting's country), ordered by date then kind. Kept between
 * writes (lib/cache/read-cache.ts), per user, month, filters and language.
 */
export const fetchCalendarMonth = readBetweenWrites("calendar.month", (user: SessionUser, query: CalendarQuery, locale: Locale): CalendarEntry[] => {
  const db = getDb();
  const wants = (kind: CalendarKind) => !query.kind || query.kind === kind;
  const entries: CalendarEntry[] = [];

  if (can(user.role, "read", "meeting") && wants("meeting")) {
    const rows = db
      .select({ id: meetings.id, startsOn: meetings.startsOn, endsOn: meetings.endsOn, countryCode: meetings.countryCode, city: meetings.city })
      .from(meetings)
      .where(
        and(
          isNull(meetings.archivedAt),
          // A meeting lasts days: one begun more than a year before the month is not in it. The
          // bound lets the starts_on index start the scan there (without it, at 100,000 meetings,
          // every older meeting was read: 1.3 s for this month).
          gte(meetings.startsOn, shiftMonth(query.month, -MEETING_LOOKBACK_MONTHS)),
          overlapsMonth(meetings.startsOn, meetings.endsOn, query.month),
          query.country ? eq(meetings.countryCode, query.country) : undefined,
        ),
      )
      .orderBy(asc(meetings.startsOn), asc(meetings.id))
      .limit(PER_KIND_LIMIT)
      .all();
    const ids = rows.map((r) => r.id);
    const counterparts = fetchCounterpartsOf(ids);
    for (const r of rows) {
      entries.push({
        kind: "meeting",
        id: r.id,
        start: r.startsOn,
        end: r.endsOn,
        // Each name isolated, joined as the reader's language joins a list (an Arabic comma
        // between Latin names on a French page read "José Dupont ،طارق الشرقاوي").
        title: joinNames((counterparts.get(r.id) ?? []).map((c) => c.name), locale),
        context: r.city,
        countryCode: r.countryCode,
        href: `/meetings/${r.id}`,
      });
    }
  }

  if (can(user.role, "read", "meeting") && wants("followUp")) {
    const rows = db
      .select({ id: followUpActions.id, meetingId: followUpActions.meetingId, description: followUpActions.description, dueOn: followUpActions.dueOn, countryCode: meetings.countryCode })
      .from(followUpActions)
      .innerJoin(meetings, eq(meetings.id, followUpActions.meetingId))
      .where(
        and(
          isNull(meetings.archivedAt),
          isNotNull(followUpActions.dueOn),
          eq(followUpActions.status, "open"),
          overlapsMonth(followUpActions.dueOn, null, query.month),
          query.country ? eq(meetings.countryCode, query.country) : undefined,
        ),
      )
      .orderBy(asc(followUpActions.dueOn), asc(followUpActions.id))
      .limit(PER_KIND_LIMIT)
      .all();
    for (const r of rows) {
      entries.push({ kind: "followUp", id: r.id, start: r.dueOn!, end: null, title: r.description, context: null, countryCode: r.countryCode, href: `/meetings/${r.meetingId}` });
    }
  }

  if (can(user.role, "read", "event") && wants("edition")) {
    const rows = db
      .select({
        id: eventEditions.id,
        eventId: eventEditions.eventId,
        number: eventEditions.number,
        startsOn: eventEditions.startsOn,
        endsOn: eventEditions.endsOn,
        city: eventEditions.city,
        countryCode: eventEditions.countryCode,
        nameAr: events.nameAr,
        nameFr: events.nameFr,
        nameEn: events.nameEn,
        acronym: events.acronym,
      })
      .from(eventEditions)
      .innerJoin(events, eq(events.id, eventEditions.eventId))
      .where(
        and(
          isNull(eventEditions.archivedAt),
          isNull(events.archivedAt),
          isNotNull(eventEditions.startsOn),
          overlapsMonth(eventEditions.startsOn, eventEditions.endsOn, query.month),
          query.country ? eq(eventEditions.countryCode, query.country) : undefined,
        ),
      )
      .orderBy(asc(eventEditions.startsOn), asc(eventEditions.id))
      .limit(PER_KIND_LIMIT)
      .all();
    for (const r of rows) {
      entries.push({
        kind: "edition",
        id: r.id,
        start: r.startsOn!,
        end: r.endsOn,
        title: localizedName(r, locale, r.acronym ?? ""),
        context: r.city,
        countryCode: r.countryCode,
        href: `/events/${r.eventId}`,
      });
    }
  }

  if (can(user.role, "read", "milestone") && wants("milestone")) {
    const rows = db
      .select({
        id: activities.id,
        projectId: activities.projectId,
        title: activities.title,
        plannedOn: activities.plannedOn,
        plannedEndOn: activities.plannedEndOn,
        countryCode: activities.countryCode,
        partnerCountryCode: projects.partnerCountryCode,
        acronym: projects.acronym,
        titleAr: projects.titleAr,
        titleFr: projects.titleFr,
        titleEn: projects.titleEn,
      })
      .from(activities)
      .innerJoin(projects, eq(projects.id, activities.projectId))
      .where(
        and(
          datedLiveMilestone(),
          overlapsMonth(activities.plannedOn, activities.plannedEndOn, query.month),
          query.country ? or(eq(activities.countryCode, query.country), eq(projects.partnerCountryCode, query.country)) : undefined,
          milestoneScope(user),
        ),
      )
      .orderBy(asc(activities.plannedOn), asc(activities.id))
      .limit(PER_KIND_LIMIT)
      .all();
    for (const r of rows) {
      entries.push({
        kind: "milestone",
        id: r.id,
        start: r.plannedOn!,
        end: r.plannedEndOn,
        title: r.title,
        context: r.acronym ?? localizedName({ nameAr: r.titleAr, nameFr: r.titleFr, nameEn: r.titleEn }, locale),
        countryCode: r.countryCode ?? r.partnerCountryCode,
        href: `/projects/${r.projectId}#milestone-${r.id}`,
      });
    }
  }

  const kindOrder: Record<CalendarKind, number> = { meeting: 0, edition: 1, milestone: 2, followUp: 3 };
  return entries.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : kindOrder[a.kind] - kindOrder[b.kind] || a.id - b.id));
});
