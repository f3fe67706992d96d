/**
 * The publications page's lists of candidates: every record of a kind that meets the period
 * (validated or not, publishable or not), what a supervisor marks for publishing, and their counts,
 * in SQL. The period rules are the page's own (queries.ts), so a list holds what the page would.
 */
import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agreements, eventEditions, events, meetings, projects } from "@/db/schema";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { overlapsPeriod, type PeriodBounds } from "./period";
import { agreementMeetsPeriod, projectMeetsPeriod } from "./queries";

/** One record of the publications page's lists: what a supervisor marks (or not) for publishing. */
export type PublishingCandidate = {
  id: number;
  version: number;
  /** Name or title in ar/fr/en where held (the component picks the interface's). */
  nameAr: string | null;
  nameFr: string | null;
  nameEn: string | null;
  /** Partial ISO date that situates the record, or null. */
  date: string | null;
  endDate: string | null;
  validated: boolean;
  publishable: boolean;
};

/** Which candidates to read: all, those a "mark all" would change, or those marked publishable. */
export type CandidateSelection = "all" | "toMark" | "marked";

/** SQLite's "no limit". */
const NO_LIMIT = -1;

function selectionWhere<T extends { publishable: unknown; validationStatus: unknown }>(table: T, only: CandidateSelection) {
  const publishable = table.publishable as never;
  const validated = sql`${table.validationStatus as never} = 'validated'`;
  if (only === "toMark") return sql`not (${validated} and ${publishable} = 1)`;
  if (only === "marked") return eq(publishable, true);
  return undefined;
}

/**
 * Records of one kind that meet the period (validated or not, publishable or not), with their
 * version for the publishing decision; archived rows left out. Ordered by date.
 * @param options.only which of them (default all); options.limit how many at most (default all)
 * @throws ForbiddenError when the user may not read that kind of record
 */
export function fetchPublishingCandidates(
  user: SessionUser,
  kind: "meeting" | "project" | "agreement" | "event_edition",
  period: PeriodBounds,
  options: { only?: CandidateSelection; limit?: number } = {},
): PublishingCandidate[] {
  const only = options.only ?? "all";
  const limit = options.limit ?? NO_LIMIT;
  const db = getDb();
  const state = <T extends { validationStatus: unknown; publishable: unknown }>(row: T) => ({
    validated: row.validationStatus === "validated",
    publishable: row.publishable === true,
  });
  switch (kind) {
    case "meeting": {
      assertCan(user.role, "read", "meeting");
      const firstCounterpart = sql<string | null>`(select p.name from meeting_counterparts mc join people p on p.id = mc.person_id
        where mc.meeting_id = "meetings"."id" order by mc.position, mc.id limit 1)`;
      return db
        .select({ id: meetings.id, version: meetings.version, name: firstCounterpart, topics: meetings.topics, date: meetings.startsOn, endDate: meetings.endsOn, validationStatus: meetings.validationStatus, publishable: meetings.publishable })
        .from(meetings)
        .where(and(isNull(meetings.archivedAt), overlapsPeriod(meetings.startsOn, meetings.endsOn, period), selectionWhere(meetings, only)))
        .orderBy(asc(meetings.startsOn), asc(meetings.id))
        .limit(limit)
        .all()
        .map((r) => ({ id: r.id, version: r.version, nameAr: r.name ?? r.topics, nameFr: null, nameEn: null, date: r.date, endDate: r.endDate, ...state(r) }));
    }
    case "project": {
      assertCan(user.role, "read", "project");
      const start = sql<string | null>`coalesce(${projects.actualStart}, ${projects.plannedStart})`;
      const end = sql<string | null>`coalesce(${projects.actualEnd}, ${projects.plannedEnd})`;
      return db
        .select({ id: projects.id, version: projects.version, acronym: projects.acronym, nameAr: projects.titleAr, nameFr: projects.titleFr, nameEn: projects.titleEn, date: start, endDate: end, validationStatus: projects.validationStatus, publishable: projects.publishable })
        .from(projects)
        .where(and(isNull(projects.archivedAt), projectMeetsPeriod(period), selectionWhere(projects, only)))
        .orderBy(asc(projects.id))
        .limit(limit)
        .all()
        .map((r) => ({ id: r.id, version: r.version, nameAr: r.nameAr ?? r.acronym, nameFr: r.nameFr, nameEn: r.nameEn, date: r.date, endDate: r.endDate, ...state(r) }));
    }
    case "agreement": {
      assertCan(user.role, "read", "agreement");
      const country = sql<string | null>`(select c.name_ar from countries c where c.code = "agreements"."counterpart_country_code")`;
      const countryFr = sql<string | null>`(select c.name_fr from countries c where c.code = "agreements"."counterpart_country_code")`;
      return db
        .select({ id: agreements.id, version: agreements.version, titleAr: agreements.titleAr, titleFr: agreements.titleFr, titleEn: agreements.titleEn, country, countryFr, date: agreements.signedOn, validationStatus: agreements.validationStatus, publishable: agreements.publishable })
        .from(agreements)
        .where(and(isNull(agreements.archivedAt), agreementMeetsPeriod(period), selectionWhere(agreements, only)))
        .orderBy(sql`${agreements.signedOn} desc`, asc(agreements.id))
        .limit(limit)
        .all()
        .map((r) => ({
          id: r.id,
          version: r.version,
          nameAr: [r.country, r.titleAr].filter(Boolean).join(" — ") || null,
          nameFr: [r.countryFr, r.titleFr].filter(Boolean).join(" — ") || null,
          nameEn: r.titleEn,
          date: r.date,
          endDate: null,
          ...state(r),
        }));
    }
    case "event_edition": {
      assertCan(user.role, "read", "event");
      return db
        .select({ id: eventEditions.id, version: eventEditions.version, nameAr: events.nameAr, nameFr: events.nameFr, nameEn: events.nameEn, date: eventEditions.startsOn, endDate: eventEditions.endsOn, validationStatus: eventEditions.validationStatus, publishable: eventEditions.publishable })
        .from(eventEditions)
        .innerJoin(events, eq(events.id, eventEditions.eventId))
        .where(and(isNull(eventEditions.archivedAt), isNull(events.archivedAt), overlapsPeriod(eventEditions.startsOn, eventEditions.endsOn, period), selectionWhere(eventEditions, only)))
        .orderBy(asc(eventEditions.startsOn), asc(eventEditions.id))
        .limit(limit)
        .all()
        .map((r) => ({ id: r.id, version: r.version, nameAr: r.nameAr, nameFr: r.nameFr, nameEn: r.nameEn, date: r.date, endDate: r.endDate, ...state(r) }));
    }
  }
}

/** How many records of one kind meet the period: in all, published (validated and marked), to mark, marked. */
export type CandidateCounts = { total: number; published: number; toMark: number; marked: number };

/**
 * The counts of fetchPublishingCandidates' selections, in SQL (one aggregate).
 * @throws ForbiddenError when the user may not read that kind of record
 */
export function countPublishingCandidates(user: SessionUser, kind: "meeting" | "project" | "agreement" | "event_edition", period: PeriodBounds): CandidateCounts {
  const db = getDb();
  const sums = <T extends { publishable: unknown; validationStatus: unknown }>(table: T) => {
    const published = sql`(${table.validationStatus as never} = 'validated' and ${table.publishable as never} = 1)`;
    return {
      total: sql<number>`count(*)`,
      published: sql<number>`coalesce(sum(${published}), 0)`,
      toMark: sql<number>`coalesce(sum(not ${published}), 0)`,
      marked: sql<number>`coalesce(sum(${table.publishable as never} = 1), 0)`,
    };
  };
  const none = { total: 0, published: 0, toMark: 0, marked: 0 };
  switch (kind) {
    case "meeting":
      assertCan(user.role, "read", "meeting");
      return db.select(sums(meetings)).from(meetings).where(and(isNull(meetings.archivedAt), overlapsPeriod(meetings.startsOn, meetings.endsOn, period))).get() ?? none;
    case "project":
      assertCan(user.role, "read", "project");
      return db.select(sums(projects)).from(projects).where(and(isNull(projects.archivedAt), projectMeetsPeriod(period))).get() ?? none;
    case "agreement":
      assertCan(user.role, "read", "agreement");
      return db.select(sums(agreements)).from(agreements).where(and(isNull(agreements.archivedAt), agreementMeetsPeriod(period))).get() ?? none;
    case "event_edition":
      assertCan(user.role, "read", "event");
      return (
        db
          .select(sums(eventEditions))
          .from(eventEditions)
          .innerJoin(events, eq(events.id, eventEditions.eventId))
          .where(and(isNull(eventEditions.archivedAt), isNull(events.archivedAt), overlapsPeriod(eventEditions.startsOn, eventEditions.endsOn, period)))
          .get() ?? none
      );
  }
}
