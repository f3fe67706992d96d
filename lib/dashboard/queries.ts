/**
 * The supervisor dashboard: portfolio figures as SQL aggregates (COUNT ... GROUP BY), never by
 * loading every row. Lists show the first few rows with the total beside them.
 *
 * Filters (lib/dashboard/schema.ts):
 * - country: a project's partner country (and so its milestones), an agreement's counterpart
 *   country, a meeting's country (and so its follow-up actions);
 * - funder: projects where the organisation holds the funding role, their milestones, the
 *   agreements attached to those projects or signed with the funder, and the meetings that were a
 *   milestone of those projects or where a counterpart represented the funder.
 */
import "server-only";
import { overdueOn } from "@/lib/follow-ups/queries";
import { overdueProjectCondition } from "@/lib/projects/overdue";
import { and, asc, count, desc, eq, gte, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  activities,
  agreements,
  countries,
  followUpActions,
  meetings,
  organisations,
  projectPartners,
  projects,
  projectStatuses,
  signingStatuses,
} from "@/db/schema";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { cachedRead } from "@/lib/cache/read-cache";
import { lateCondition } from "@/lib/projects/progress";
import { addDays, DUE_SOON_DAYS, lastMonths, MEETING_MONTHS, monthsBetween, type DashboardFilters } from "./schema";

/** How many rows each list shows (the totals count them all). */
export const DASHBOARD_LIST_LIMIT = 8;

// Spelled out qualified: inside correlated subqueries drizzle may render a column bare.
const projectIdColumn = sql.raw(`"projects"."id"`);
const meetingIdColumn = sql.raw(`"meetings"."id"`);

/** SQL: ids of the projects where `funder` holds the funding role. */
function fundedProjectIds(funder: number): SQL {
  return sql`(select pp.project_id from project_partners pp where pp.organisation_id = ${funder} and pp.partner_role = 'funding')`;
}

/** Conditions on `projects` (and so on milestones through their project). */
function projectConditions(filters: DashboardFilters): SQL | undefined {
  return and(
    isNull(projects.archivedAt),
    filters.country ? eq(projects.partnerCountryCode, filters.country) : undefined,
    filters.funder ? sql`${projectIdColumn} in ${fundedProjectIds(filters.funder)}` : undefined,
  );
}

function agreementConditions(filters: DashboardFilters): SQL | undefined {
  return and(
    isNull(agreements.archivedAt),
    filters.country ? eq(agreements.counterpartCountryCode, filters.country) : undefined,
    filters.funder
      ? sql`(${agreements.projectId} in ${fundedProjectIds(filters.funder)} or ${agreements.counterpartOrganisationId} = ${filters.funder})`
      : undefined,
  );
}

function meetingConditions(filters: DashboardFilters): SQL | undefined {
  return and(
    isNull(meetings.archivedAt),
    filters.country ? eq(meetings.countryCode, filters.country) : undefined,
    filters.funder
      ? sql`(exists (select 1 from activities a where a.meeting_id = ${meetingIdColumn} and a.archived_at is null
            and a.project_id in ${fundedProjectIds(filters.funder)})
          or exists (select 1 from meeting_counterparts mc where mc.meeting_id = ${meetingIdColumn}
            and mc.organisation_id = ${filters.funder}))`
      : undefined,
  );
}

/**
 * SQL: an open milestone whose planned period starts within [today, horizon] and is not over.
 * The plain range `planned_on between today's year and horizon` lets the open-milestones index
 * (activities_open_planned_on_idx) serve it; the prefix comparisons then judge each date at its
 * own precision (a partial date P <= horizon's prefix exactly when P <= horizon).
 */
function dueSoonCondition(today: string, horizon: string): SQL {
  const planned = activities.plannedOn;
  return sql`(${activities.status} not in ('done', 'cancelled') and ${planned} is not null
    and ${planned} >= ${today.slice(0, 4)} and ${planned} <= ${horizon}
    and ${planned} >= substr(${today}, 1, length(${planned})))`;
}

const milestoneColumns = {
  id: activities.id,
  title: activities.title,
  plannedOn: activities.plannedOn,
  status: activities.status,
  projectId: projects.id,
  projectAcronym: projects.acronym,
  projectTitleAr: projects.titleAr,
  projectTitleFr: projects.titleFr,
  projectTitleEn: projects.titleEn,
};

/** Milestones (in non-archived projects matching the filters) meeting `condition`: total and first rows. */
function milestoneList(filters: DashboardFilters, condition: SQL) {
  const db = getDb();
  const where = and(isNull(activities.archivedAt), projectConditions(filters), condition);
  const total = db.select({ n: count() }).from(activities).innerJoin(projects, eq(projects.id, activities.projectId)).where(where).get()?.n ?? 0;
  const rows = db
    .select(milestoneColumns)
    .from(activities)
    .innerJoin(projects, eq(projects.id, activities.projectId))
    .where(where)
    .orderBy(asc(activities.plannedOn), asc(activities.id))
    .limit(DASHBOARD_LIST_LIMIT)
    .all();
  return { total, rows };
}

/**
 * Every figure of the supervisor dashboard, for the given filters.
 * @param today `YYYY-MM-DD` (the department's calendar day): lateness, "due soon", the months
 * @returns
 *  - projectsByStatus: every IATI status with its count (0 included)
 *  - overdueProjects: how many projects are overdue (lib/projects/overdue.ts)
 *  - lateMilestones / dueSoon: `{ total, rows }` (rows: the first DASHBOARD_LIST_LIMIT, by planned date)
 *  - agreementsBySigningStatus: every signing status with its count
 *  - meetingsPerMonth: the MEETING_MONTHS months ending this month, oldest first, with counts of
 *    meetings starting in each (month or day precision); `meetingsDatedByYearOnly` counts those of
 *    the same years whose source gives only a year (they belong to no month)
 *  - followUps: open (open or in progress) actions, how many are overdue (due before today), and
 *    the first rows (overdue first, by due date)
 * @throws ForbiddenError unless the user may read projects, milestones, agreements and meetings
 */
export function fetchSupervisorDashboard(user: SessionUser, filters: DashboardFilters, today: string) {
  for (const resource of ["project", "milestone", "agreement", "meeting"] as const) assertCan(user.role, "read", resource);
  // The same for every reader allowed here: cached until the next write.
  return cachedRead(`dashboard:${today}:${JSON.stringify(filters)}`, () => readSupervisorDashboard(filters, today));
}

function readSupervisorDashboard(filters: DashboardFilters, today: string) {
  const db = getDb();

  const statusRows = db.select({ status: projects.status, n: count() }).from(projects).where(projectConditions(filters)).groupBy(projects.status).all();
  const projectsByStatus = projectStatuses.map((status) => ({ status, count: statusRows.find((r) => r.status === status)?.n ?? 0 }));

  const overdueProjects = db.select({ n: count() }).from(projects).where(and(projectConditions(filters), overdueProjectCondition(today))).get()?.n ?? 0;
  const lateMilestones = milestoneList(filters, lateCondition(activities, today));
  const dueSoon = milestoneList(filters, dueSoonCondition(today, addDays(today, DUE_SOON_DAYS)));

  const signingRows = db
    .select({ status: agreements.signingStatus, n: count() })
    .from(agreements)
    .where(agreementConditions(filters))
    .groupBy(agreements.signingStatus)
    .all();
  const agreementsBySigningStatus = signingStatuses.map((status) => ({ status, count: signingRows.find((r) => r.status === status)?.n ?? 0 }));

  const month = sql<string>`substr(${meetings.startsOn}, 1, 7)`;
  const recent = lastMonths(today, MEETING_MONTHS);
  // Meetings dated to the month or the day. Each question below is one step along the live
  // meetings' starts_on index (a min/max of substr() read every meeting: 44 ms at 100,000).
  const dated = and(meetingConditions(filters), sql`length(${meetings.startsOn}) >= 7`);
  const edgeMonth = (order: typeof asc) =>
    db.select({ startsOn: meetings.startsOn }).from(meetings).where(dated).orderBy(order(meetings.startsOn)).limit(1).get()?.startsOn.slice(0, 7);
  // A day or month on or after the window's first month ('YYYY-MM') sorts at or after it as text.
  const anyInRecent = () => db.select({ id: meetings.id }).from(meetings).where(and(dated, gte(meetings.startsOn, recent[0]!))).limit(1).get() !== undefined;
  const first = filters.period === "recent" ? undefined : edgeMonth(asc);
  const meetingPeriod: "recent" | "all" = filters.period ?? (!first || anyInRecent() ? "recent" : "all");
  const last = meetingPeriod === "all" ? edgeMonth(desc) : undefined;
  const months = meetingPeriod === "all" && first && last ? monthsBetween(first, last) : recent;
  const [firstMonth, lastMonth] = [months[0]!, months.at(-1)!];
  const monthRows = db
    .select({ month, n: count() })
    .from(meetings)
    .where(and(meetingConditions(filters), sql`${meetings.startsOn} >= ${firstMonth} and ${meetings.startsOn} <= ${`${lastMonth}-99`}`, sql`length(${meetings.startsOn}) >= 7`))
    .groupBy(month)
    .all();
  const meetingsPerMonth = months.map((m) => ({ month: m, count: monthRows.find((r) => r.month === m)?.n ?? 0 }));
  const meetingsDatedByYearOnly =
    db
      .select({ n: count() })
      .from(meetings)
      .where(
        and(
          meetingConditions(filters),
          sql`length(${meetings.startsOn}) = 4`,
          sql`${meetings.startsOn} between ${firstMonth.slice(0, 4)} and ${lastMonth.slice(0, 4)}`,
        ),
      )
      .get()?.n ?? 0;

  const openFollowUp = and(meetingConditions(filters), sql`${followUpActions.status} = 'open'`);
  // Overdue once the whole due period has passed (a month-precision due date is not late in its month).
  const overdue = overdueOn(today);
  const followUpCounts = db
    .select({ open: count(), overdue: sql<number>`coalesce(sum(case when ${overdue} then 1 else 0 end), 0)` })
    .from(followUpActions)
    .innerJoin(meetings, eq(meetings.id, followUpActions.meetingId))
    .where(openFollowUp)
    .get() ?? { open: 0, overdue: 0 };
  const followUpList = () =>
    db
      .select({
        id: followUpActions.id,
        description: followUpActions.description,
        owner: followUpActions.owner,
        dueOn: followUpActions.dueOn,
        status: followUpActions.status,
        overdue: sql<number>`${overdue}`,
        meetingId: meetings.id,
        meetingStartsOn: meetings.startsOn,
      })
      .from(followUpActions)
      .innerJoin(meetings, eq(meetings.id, followUpActions.meetingId));
  // Dated ones first, by due date, then the undated: two walks of the open follow-ups' due-date
  // index (one sort of every open follow-up, 33 ms at life size, when it was one query).
  const datedRows = followUpList().where(and(openFollowUp, isNotNull(followUpActions.dueOn))).orderBy(asc(followUpActions.dueOn), asc(followUpActions.id)).limit(DASHBOARD_LIST_LIMIT).all();
  const undatedRows =
    datedRows.length < DASHBOARD_LIST_LIMIT
      ? followUpList().where(and(openFollowUp, isNull(followUpActions.dueOn))).orderBy(asc(followUpActions.id)).limit(DASHBOARD_LIST_LIMIT - datedRows.length).all()
      : [];
  const followUpRows = [...datedRows, ...undatedRows].map((row) => ({ ...row, overdue: Boolean(row.overdue) }));

  return {
    projectsByStatus,
    overdueProjects,
    lateMilestones,
    dueSoon,
    agreementsBySigningStatus,
    meetingsPerMonth,
    meetingPeriod,
    meetingsDatedByYearOnly,
    followUps: { open: followUpCounts.open, overdue: followUpCounts.overdue, rows: followUpRows },
  };
}

export type SupervisorDashboard = ReturnType<typeof readSupervisorDashboard>;

/**
 * Choices of the dashboard's filters: countries that appear on a project, an agreement or a
 * meeting (funders are picked as the user types, lib/choices "funder"). Cached until the next write.
 * @throws ForbiddenError unless the user may read projects
 */
export function fetchDashboardFilterOptions(user: SessionUser) {
  assertCan(user.role, "read", "project");
  return cachedRead("dashboard.filterOptions", readDashboardFilterOptions);
}

function readDashboardFilterOptions() {
  const db = getDb();
  // One index probe per country (the live country indexes of migration 0004), not a scan of three tables.
  const code = sql.raw(`"countries"."code"`);
  const used = sql`(exists (select 1 from projects p where p.partner_country_code = ${code} and p.archived_at is null)
    or exists (select 1 from agreements a where a.counterpart_country_code = ${code} and a.archived_at is null)
    or exists (select 1 from meetings m where m.country_code = ${code} and m.archived_at is null))`;
  const countryRows = db.select().from(countries).where(used).all();
  // Funders are many: the funder filter is a record picker that asks the server (lib/choices).
  return { countries: countryRows };
}
