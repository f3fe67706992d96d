/**
 * Calendar feeds: server-only reads. A feed is read by its secret token, outside any session
 * (Outlook and phones subscribe to the URL), as its owner: the items are those the owner may see
 * (the permission table, and a steering-committee member's scope: only their projects'
 * milestones), filtered in SQL. A revoked token, or a deactivated owner, finds nothing.
 */
import "server-only";
import { fetchCounterpartsOf } from "@/lib/meetings/queries";
import { datedLiveMilestone } from "@/lib/calendar/queries";
import { headers } from "next/headers";
import { and, asc, desc, eq, gte, isNotNull, isNull, lt, type AnyColumn, type SQL } from "drizzle-orm";
import { todayIn } from "@/lib/dates/partial-date";
import { getDb } from "@/db/client";
import {
  activities,
  calendarFeeds,
  eventEditions,
  events,
  followUpActions,
  meetings,
  projects,
  users,
} from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { projectScope } from "@/lib/auth/scope";

/** The user's active feed (token and creation instant), or null. */
export function fetchMyCalendarFeed(user: SessionUser) {
  return (
    getDb()
      .select({ id: calendarFeeds.id, token: calendarFeeds.token, createdAt: calendarFeeds.createdAt })
      .from(calendarFeeds)
      .where(and(eq(calendarFeeds.userId, user.id), isNull(calendarFeeds.revokedAt)))
      .orderBy(desc(calendarFeeds.id))
      .get() ?? null
  );
}

/** Tokens are 32 random bytes in base64url (43 characters). */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * The owner of an active feed token, as a session user, or null (unknown or revoked token,
 * deactivated account, malformed token).
 */
export function findCalendarFeedOwner(token: string): SessionUser | null {
  if (!TOKEN_SHAPE.test(token)) return null;
  const row = getDb()
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, locale: users.locale, active: users.active, mustChangePassword: users.mustChangePassword })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(and(eq(calendarFeeds.token, token), isNull(calendarFeeds.revokedAt)))
    .get();
  if (!row || !row.active) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role, locale: row.locale, mustChangePassword: row.mustChangePassword };
}

/** One dated thing of the feed; dates are partial ISO strings at the record's precision. */
export type CalendarItem = {
  kind: "meeting" | "edition" | "milestone" | "followUp";
  id: number;
  start: string;
  end: string | null;
  /** Pieces the feed's wording needs (already in the record's words). */
  title: string;
  place: string | null;
  status: string | null;
  projectName: string | null;
  meetingKind: string | null;
};

/**
 * How many items of each kind a feed holds on each side of today (the nearest ones): about a
 * quarter of a very busy year either way, which keeps a feed under half a megabyte and its writing
 * (ical-generator folds every line character by character) well under a second.
 */
export const FEED_ITEMS_PER_SIDE = 250;

/**
 * The dated things `user` may see, nearest to today first on each side: meetings and follow-ups
 * due (read meeting), event editions (read event), milestones (read milestone, within the project
 * scope). Archived rows are left out; cancelled milestones and follow-ups done or dropped too.
 *
 * Bounded whatever the database holds: of each kind, at most `perSide` items dated today or
 * later (the soonest) and `perSide` dated before today (the latest), so a decade of records makes
 * a feed of at most about two thousand items, read through the date indexes, not a file that grows forever.
 * @param options.today ISO day (YYYY-MM-DD), Casablanca's today by default
 * @param options.perSide items per kind on each side of today, FEED_ITEMS_PER_SIDE by default
 */
export function fetchCalendarItems(user: SessionUser, options: { today?: string; perSide?: number } = {}): CalendarItem[] {
  const db = getDb();
  const today = options.today ?? todayIn();
  const perSide = options.perSide ?? FEED_ITEMS_PER_SIDE;
  /**
   * One read on both sides of today, by `date` (then `id`): the soonest `perSide` from today on and
   * the latest `perSide` before it, in date order. `read` gets the side's condition and order.
   */
  const nearest = <T,>(date: AnyColumn, id: AnyColumn, read: (onSide: SQL, order: SQL[]) => T[]): T[] => [
    ...read(lt(date, today), [desc(date), desc(id)]).reverse(),
    ...read(gte(date, today), [asc(date), asc(id)]),
  ];
  const items: CalendarItem[] = [];
  if (can(user.role, "read", "meeting")) {
    const rows = nearest(meetings.startsOn, meetings.id, (onSide, order) =>
      db
        .select({ id: meetings.id, startsOn: meetings.startsOn, endsOn: meetings.endsOn, kind: meetings.kind, city: meetings.city, venue: meetings.venue })
        .from(meetings)
        .where(and(isNull(meetings.archivedAt), onSide))
        .orderBy(...order)
        .limit(perSide)
        .all(),
    );
    const ids = rows.map((r) => r.id);
    const counterparts = fetchCounterpartsOf(ids);
    for (const r of rows) {
      items.push({
        kind: "meeting",
        id: r.id,
        start: r.startsOn,
        end: r.endsOn,
        title: (counterparts.get(r.id) ?? []).map((c) => c.name).join(", "),
        place: [r.venue, r.city].filter(Boolean).join(", ") || null,
        status: null,
        projectName: null,
        meetingKind: r.kind,
      });
    }
    // Follow-ups due and still open (the open-due index).
    const followUps = nearest(followUpActions.dueOn, followUpActions.id, (onSide, order) =>
      db
        .select({ id: followUpActions.id, description: followUpActions.description, dueOn: followUpActions.dueOn, status: followUpActions.status })
        .from(followUpActions)
        .innerJoin(meetings, eq(meetings.id, followUpActions.meetingId))
        .where(and(eq(followUpActions.status, "open"), isNotNull(followUpActions.dueOn), isNull(meetings.archivedAt), onSide))
        .orderBy(...order)
        .limit(perSide)
        .all(),
    );
    for (const f of followUps) {
      items.push({ kind: "followUp", id: f.id, start: f.dueOn!, end: null, title: f.description, place: null, status: f.status, projectName: null, meetingKind: null });
    }
  }
  if (can(user.role, "read", "event")) {
    const rows = nearest(eventEditions.startsOn, eventEditions.id, (onSide, order) =>
      db
        .select({ id: eventEditions.id, startsOn: eventEditions.startsOn, endsOn: eventEditions.endsOn, city: eventEditions.city, venue: eventEditions.venue, nameAr: events.nameAr, nameFr: events.nameFr, nameEn: events.nameEn, acronym: events.acronym })
        .from(eventEditions)
        .innerJoin(events, eq(events.id, eventEditions.eventId))
        .where(and(isNull(eventEditions.archivedAt), isNull(events.archivedAt), isNotNull(eventEditions.startsOn), onSide))
        .orderBy(...order)
        .limit(perSide)
        .all(),
    );
    for (const r of rows) {
      const name = (user.locale === "ar" ? r.nameAr : user.locale === "fr" ? r.nameFr : r.nameEn) ?? r.nameAr ?? r.nameFr ?? r.nameEn ?? r.acronym ?? "";
      items.push({ kind: "edition", id: r.id, start: r.startsOn!, end: r.endsOn, title: name, place: [r.venue, r.city].filter(Boolean).join(", ") || null, status: null, projectName: null, meetingKind: null });
    }
  }
  if (can(user.role, "read", "milestone")) {
    const rows = nearest(activities.plannedOn, activities.id, (onSide, order) =>
      db
        .select({ id: activities.id, title: activities.title, plannedOn: activities.plannedOn, plannedEndOn: activities.plannedEndOn, city: activities.city, status: activities.status, acronym: projects.acronym, titleAr: projects.titleAr, titleFr: projects.titleFr })
        .from(activities)
        .innerJoin(projects, eq(projects.id, activities.projectId))
        .where(
          and(
            datedLiveMilestone(),
            projectScope(user),
            onSide,
          ),
        )
        .orderBy(...order)
        .limit(perSide)
        .all(),
    );
    for (const r of rows) {
      items.push({ kind: "milestone", id: r.id, start: r.plannedOn!, end: r.plannedEndOn, title: r.title, place: r.city, status: r.status, projectName: r.acronym ?? r.titleAr ?? r.titleFr, meetingKind: null });
    }
  }
  return items;
}

/**
 * The account page's view of the user's feed: its id, full URL and creation instant, or null.
 * @param origin the app's public origin (NEXTAUTH_URL, else the request's), e.g. https://taawun.example
 */
export function fetchCalendarFeedView(user: SessionUser, origin: string) {
  const feed = fetchMyCalendarFeed(user);
  if (!feed) return null;
  return { id: feed.id, url: `${origin.replace(/\/$/, "")}/api/calendar/${feed.token}.ics`, createdAt: feed.createdAt };
}

/** The app's public origin: NEXTAUTH_URL when set (behind a proxy), else the request's host. */
export async function publicOrigin(): Promise<string> {
  if (process.env.NEXTAUTH_URL) return process.env.NEXTAUTH_URL;
  const requestHeaders = await headers();
  return `${requestHeaders.get("x-forwarded-proto") ?? "http"}://${requestHeaders.get("host")}`;
}
