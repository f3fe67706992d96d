/**
 * Follow-up actions' reads: one's own list (the home's "my follow-ups"), the supervisor's overdue
 * follow-ups by owner, and the open follow-ups that concern a person or an organisation. Each takes
 * the current user and asks the permission table first (ForbiddenError when refused). Follow-ups
 * of archived meetings are left out.
 */
import "server-only";
import { aliasedTable, and, asc, count, eq, isNull, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agreements, followUpActions, meetings, organisations, people, projects, users } from "@/db/schema";
import { assertCan, can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { cachedRead, readBetweenWrites } from "@/lib/cache/read-cache";

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

/**
 * How a list is ordered: `urgency` overdue first, then the soonest due, undated last; `due` the
 * soonest due first (for a list that holds only overdue rows: the same order, and one the
 * open-due index serves); `position` a meeting's own list, in the form's order.
 */
type ListOrder = "urgency" | "due" | "position";

function selectRows(today: string, where: SQL | undefined, limit: number, order: ListOrder = "urgency") {
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
      ...(order === "position"
        ? [asc(followUpActions.position), asc(followUpActions.id)]
        : order === "due"
          ? [asc(followUpActions.dueOn), asc(followUpActions.id)]
          : [sql`${overdueOn(today)} desc`, sql`${followUpActions.dueOn} is null`, asc(followUpActions.dueOn), asc(followUpActions.id)]),
    )
    .limit(limit)
    .all();
}

function rows(today: string, where: SQL | undefined, limit: number, order: ListOrder = "urgency"): FollowUpListRow[] {
  return selectRows(today, where, limit, order).map((row) => ({ ...row, overdue: Boolean(row.overdue) }));
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

/** SQL: the follow-up is open (a literal: the partial index follow_up_actions_open_due_idx serves it). */
const isOpen = sql`${followUpActions.status} = 'open'`;

/**
 * SQL: the open follow-ups that are this user's: owned by them, or decided at a meeting they
 * recorded and owned by no Taawun user (someone outside the department: the recorder keeps
 * track). Written as ids found through the owner index and the meetings a user recorded
 * (meetings_created_by_idx), so it reads only the user's own rows at any volume.
 */
function mineOpen(user: SessionUser): SQL {
  return sql`${followUpActions.id} in (select f.id from follow_up_actions f where f.owner_user_id = ${user.id} and f.status = 'open'
    union all select f.id from meetings m join follow_up_actions f on f.meeting_id = m.id
      where m.created_by = ${user.id} and m.archived_at is null and f.owner_user_id is null and f.status = 'open')`;
}

/**
 * The home's "my follow-ups": open follow-ups that are this user's, overdue first, then by due date.
 * @param today `YYYY-MM-DD` (Africa/Casablanca); overdue once the due period has passed
 * @returns `{ total, overdue, rows }` (rows: at most `limit`)
 * @throws ForbiddenError unless the user may read follow-ups
 */
export const fetchMyFollowUps = readBetweenWrites("followUps.mine", (user: SessionUser, today: string, limit: number = 10) => {
  assertCan(user.role, "read", "followUp");
  const where = and(isOpen, mineOpen(user));
  return { ...totals(today, where), rows: rows(today, where, limit), mayClose: can(user.role, "update", "followUp") };
});

/**
 * Every overdue follow-up, grouped by owner (users first by name, then people, organisations and
 * named owners), for supervisors. Each group keeps the list order (most overdue first).
 * @returns `{ total, shown, owners: [{ key, rows }] }`: the `limit` most overdue rows (20: a home
 *   page stays bounded at any volume), `total` of all
 * @throws ForbiddenError unless the user may validate meetings (supervisors)
 */
export const fetchOverdueByOwner = readBetweenWrites("followUps.overdueByOwner", (user: SessionUser, today: string, limit: number = 20) => {
  assertCan(user.role, "validate", "meeting");
  // `due_on < today` is implied by overdueOn (a due date before today's date cut to its own
  // precision sorts before today): a range the open-due index reads in order, stopping at `limit`.
  const where = and(isOpen, sql`${followUpActions.dueOn} < ${today}`, overdueOn(today));
  const found = rows(today, where, limit, "due");
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
    total: cachedRead(`followUps.overdue:${today}`, () => totals(today, where).total),
    shown: found.length,
    owners: [...owners.entries()].sort((a, b) => rank(a[0]) - rank(b[0]) || b[1].length - a[1].length).map(([key, list]) => ({ key, rows: list })),
  };
});

/**
 * Open follow-ups that concern a person (they own it, or it was decided at a meeting with them)
 * or an organisation (it owns it, or a counterpart represented it at the meeting).
 * @throws ForbiddenError unless the user may read follow-ups
 */
export const fetchOpenFollowUpsConcerning = readBetweenWrites("followUps.concerning", (user: SessionUser, subject: { personId: number } | { organisationId: number }, today: string, limit: number = 20) => {
  assertCan(user.role, "read", "followUp");
  // Ids through the owner indexes and the counterparts' person/organisation indexes: the subject's
  // own rows only, at any volume.
  const [owner, counterpart, id] =
    "personId" in subject
      ? [sql.raw("owner_person_id"), sql.raw("person_id"), subject.personId]
      : [sql.raw("owner_organisation_id"), sql.raw("organisation_id"), subject.organisationId];
  const concerns = sql`${followUpActions.id} in (select f.id from follow_up_actions f where f.${owner} = ${id} and f.status = 'open'
    union select f.id from meeting_counterparts mc join follow_up_actions f on f.meeting_id = mc.meeting_id
      where mc.${counterpart} = ${id} and f.status = 'open')`;
  const where = and(isOpen, concerns);
  return { ...totals(today, where), rows: rows(today, where, limit), mayClose: can(user.role, "update", "followUp") };
});

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
export const fetchMeetingFollowUps = readBetweenWrites("followUps.ofMeeting", (user: SessionUser, meetingId: number, today: string) => {
  assertCan(user.role, "read", "meeting");
  return { rows: rows(today, eq(followUpActions.meetingId, meetingId), 100, "position"), mayClose: can(user.role, "update", "followUp") };
});
