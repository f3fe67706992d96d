/**
 * Follow-up actions' reads: one's own list (the home's "my follow-ups"), the supervisor's overdue
 * follow-ups by owner, and the open follow-ups that concern a person or an organisation. Each takes
 * the current user and asks the permission table first (ForbiddenError when refused). Follow-ups
 * of archived meetings are left out.
 */
import "server-only";
import { aliasedTable, and, asc, count, eq, exists, isNull, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agreements, followUpActions, meetingCounterparts, meetings, organisations, people, projects, users } from "@/db/schema";
import { assertCan, can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";

const ownerUser = aliasedTable(users, "owner_user");
const ownerPerson = aliasedTable(people, "owner_person");
const ownerOrganisation = aliasedTable(organisations, "owner_organisation");
const closer = aliasedTable(users, "closer");

/**
 * SQL: is the follow-up overdue on `today` (`YYYY-MM-DD`)? Its due date, at whatever precision, is
 * before today's date cut to the same precision: due "2026-11" is overdue from December on.
 */
export function overdueOn(today: string): SQL<number> {
  return sql<number>`(${followUpActions.dueOn} is not null and ${followUpActions.dueOn} < substr(${today}, 1, length(${followUpActions.dueOn})))`;
}

/** The columns every follow-up list shows: what, who, by when, the meeting, what it concerns. */
function listColumns(today: string) {
  return {
    id: followUpActions.id,
    version: followUpActions.version,
    description: followUpActions.description,
    status: followUpActions.status,
    dueOn: followUpActions.dueOn,
    overdue: overdueOn(today),
    ownerKind: followUpActions.ownerKind,
    ownerUserId: followUpActions.ownerUserId,
    ownerUserName: ownerUser.name,
    ownerPersonId: followUpActions.ownerPersonId,
    ownerPersonName: ownerPerson.name,
    ownerOrganisationId: followUpActions.ownerOrganisationId,
    ownerOrganisationNameAr: ownerOrganisation.nameAr,
    ownerOrganisationNameFr: ownerOrganisation.nameFr,
    ownerOrganisationNameEn: ownerOrganisation.nameEn,
    ownerOrganisationAcronym: ownerOrganisation.acronym,
    ownerName: followUpActions.owner,
    closedAt: followUpActions.closedAt,
    closedByName: closer.name,
    meetingId: meetings.id,
    meetingStartsOn: meetings.startsOn,
    meetingEndsOn: meetings.endsOn,
    projectId: followUpActions.projectId,
    projectAcronym: projects.acronym,
    projectTitleAr: projects.titleAr,
    projectTitleFr: projects.titleFr,
    projectTitleEn: projects.titleEn,
    agreementId: followUpActions.agreementId,
    agreementTitleAr: sql<string | null>`coalesce(${agreements.titleAr}, ${agreements.subject})`,
    agreementTitleFr: sql<string | null>`coalesce(${agreements.titleFr}, ${agreements.subjectFr})`,
    agreementTitleEn: sql<string | null>`coalesce(${agreements.titleEn}, ${agreements.subjectEn})`,
  };
}

/** One follow-up as the lists show it. */
export type FollowUpListRow = Omit<ReturnType<typeof selectRows>[number], "overdue"> & { overdue: boolean };

function selectRows(today: string, where: SQL | undefined, limit: number, byPosition = false) {
  return getDb()
    .select(listColumns(today))
    .from(followUpActions)
    .innerJoin(meetings, eq(meetings.id, followUpActions.meetingId))
    .leftJoin(ownerUser, eq(ownerUser.id, followUpActions.ownerUserId))
    .leftJoin(ownerPerson, eq(ownerPerson.id, followUpActions.ownerPersonId))
    .leftJoin(ownerOrganisation, eq(ownerOrganisation.id, followUpActions.ownerOrganisationId))
    .leftJoin(closer, eq(closer.id, followUpActions.closedBy))
    .leftJoin(projects, eq(projects.id, followUpActions.projectId))
    .leftJoin(agreements, eq(agreements.id, followUpActions.agreementId))
    .where(and(isNull(meetings.archivedAt), where))
    // Overdue first, then the soonest due (undated last); a meeting's own list keeps the form's order.
    .orderBy(
      ...(byPosition
        ? [asc(followUpActions.position), asc(followUpActions.id)]
        : [sql`${overdueOn(today)} desc`, sql`${followUpActions.dueOn} is null`, asc(followUpActions.dueOn), asc(followUpActions.id)]),
    )
    .limit(limit)
    .all();
}

function rows(today: string, where: SQL | undefined, limit: number, byPosition = false): FollowUpListRow[] {
  return selectRows(today, where, limit, byPosition).map((row) => ({ ...row, overdue: Boolean(row.overdue) }));
}

function totals(today: string, where: SQL | undefined) {
  return (
    getDb()
      .select({ total: count(), overdue: sql<number>`coalesce(sum(case when ${overdueOn(today)} then 1 else 0 end), 0)` })
      .from(followUpActions)
      .innerJoin(meetings, eq(meetings.id, followUpActions.meetingId))
      .where(and(isNull(meetings.archivedAt), where))
      .get() ?? { total: 0, overdue: 0 }
  );
}

/**
 * SQL: the follow-ups that are this user's: owned by them, or decided at a meeting they recorded
 * and owned by no Taawun user (someone outside the department: the recorder keeps track).
 */
function mine(user: SessionUser): SQL {
  return or(
    eq(followUpActions.ownerUserId, user.id),
    and(isNull(followUpActions.ownerUserId), eq(meetings.createdBy, user.id)),
  )!;
}

/**
 * The home's "my follow-ups": open follow-ups that are this user's, overdue first, then by due date.
 * @param today `YYYY-MM-DD` (Africa/Casablanca); overdue once the due period has passed
 * @returns `{ total, overdue, rows }` (rows: at most `limit`)
 * @throws ForbiddenError unless the user may read follow-ups
 */
export function fetchMyFollowUps(user: SessionUser, today: string, limit = 10) {
  assertCan(user.role, "read", "followUp");
  const where = and(eq(followUpActions.status, "open"), mine(user));
  return { ...totals(today, where), rows: rows(today, where, limit), mayClose: can(user.role, "update", "followUp") };
}

/**
 * Every overdue follow-up, grouped by owner (users first by name, then people, organisations and
 * named owners), for supervisors. Each group keeps the list order (most overdue first).
 * @returns `{ total, shown, owners: [{ key, rows }] }`: the `limit` most overdue rows (20: a home
 *   page stays bounded at any volume), `total` of all
 * @throws ForbiddenError unless the user may validate meetings (supervisors)
 */
export function fetchOverdueByOwner(user: SessionUser, today: string, limit = 20) {
  assertCan(user.role, "validate", "meeting");
  const where = and(eq(followUpActions.status, "open"), overdueOn(today));
  const found = rows(today, where, limit);
  const owners = new Map<string, FollowUpListRow[]>();
  for (const row of found) {
    const key = row.ownerUserId
      ? `user:${row.ownerUserId}`
      : row.ownerPersonId
        ? `person:${row.ownerPersonId}`
        : row.ownerOrganisationId
          ? `organisation:${row.ownerOrganisationId}`
          : `named:${row.ownerName ?? ""}`;
    owners.set(key, [...(owners.get(key) ?? []), row]);
  }
  const rank = (key: string) => ["user", "person", "organisation", "named"].indexOf(key.split(":")[0]!);
  return {
    mayClose: can(user.role, "update", "followUp"),
    total: totals(today, where).total,
    shown: found.length,
    owners: [...owners.entries()].sort((a, b) => rank(a[0]) - rank(b[0]) || b[1].length - a[1].length).map(([key, list]) => ({ key, rows: list })),
  };
}

/**
 * Open follow-ups that concern a person (they own it, or it was decided at a meeting with them)
 * or an organisation (it owns it, or a counterpart represented it at the meeting).
 * @throws ForbiddenError unless the user may read follow-ups
 */
export function fetchOpenFollowUpsConcerning(user: SessionUser, subject: { personId: number } | { organisationId: number }, today: string, limit = 20) {
  assertCan(user.role, "read", "followUp");
  const db = getDb();
  const counterpart = (condition: SQL) =>
    exists(db.select({ one: sql`1` }).from(meetingCounterparts).where(and(eq(meetingCounterparts.meetingId, followUpActions.meetingId), condition)));
  const concerns =
    "personId" in subject
      ? or(eq(followUpActions.ownerPersonId, subject.personId), counterpart(eq(meetingCounterparts.personId, subject.personId)))
      : or(eq(followUpActions.ownerOrganisationId, subject.organisationId), counterpart(eq(meetingCounterparts.organisationId, subject.organisationId)));
  const where = and(eq(followUpActions.status, "open"), concerns);
  return { ...totals(today, where), rows: rows(today, where, limit), mayClose: can(user.role, "update", "followUp") };
}

/**
 * Staff and supervisors who may own a follow-up (they are reminded), by name: the meeting form's
 * owner choices.
 * @throws ForbiddenError unless the user may read follow-ups
 */
export function fetchFollowUpOwnerChoices(user: SessionUser) {
  assertCan(user.role, "read", "followUp");
  return getDb()
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.active, true), sql`${users.role} in ('staff', 'supervisor')`))
    .orderBy(asc(users.name), asc(users.id))
    .all();
}

/**
 * A meeting's follow-ups, open and closed, in the form's order (its page), with who closed them.
 * @throws ForbiddenError unless the user may read meetings
 */
export function fetchMeetingFollowUps(user: SessionUser, meetingId: number, today: string) {
  assertCan(user.role, "read", "meeting");
  return { rows: rows(today, eq(followUpActions.meetingId, meetingId), 100, true), mayClose: can(user.role, "update", "followUp") };
}
