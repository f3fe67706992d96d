/**
 * Milestone reviews by steering-committee members: server-only reads.
 *
 * Scope, in SQL (lib/auth/scope.ts): a committee member reads only the projects whose steering committee they sit on
 * (steering_committee_memberships); staff, supervisors and admins read every project's reviews.
 *
 * A milestone *awaits* a member's review when it is marked done and the member has not reviewed
 * it since it last changed: no review by them yet, or their latest review is older than the
 * milestone's last change. "Last change" is the latest audited write of the milestone other than a
 * validation, a send-back or a review (a supervisor validating a milestone does not ask the committee again),
 * or its creation.
 */
import "server-only";
import { projectSummaryColumns, projectTitleColumns } from "@/lib/projects/summary-columns";
import { countryNameColumns } from "@/lib/countries/name-columns";
import { aliasedTable, and, asc, count, desc, eq, isNull, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { readBetweenWrites } from "@/lib/cache/read-cache";
import { activities, countries, milestoneReviews, projects, users } from "@/db/schema";
import { assertCan, can } from "@/lib/auth/permissions";
import { projectScope, sitsOnCommittee } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/session";
import { formatPartialDate } from "@/lib/dates/partial-date";
import type { Locale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";
import type { ReviewFilters } from "./schema";

export const RECENT_REVIEWS_LIMIT = 100;

// Spelled out qualified: inside correlated subqueries drizzle may render a column bare ("id"),
// which SQLite would then resolve to the subquery's own table.
const activity = {
  id: sql.raw(`"activities"."id"`),
  status: sql.raw(`"activities"."status"`),
  archivedAt: sql.raw(`"activities"."archived_at"`),
  createdAt: sql.raw(`"activities"."created_at"`),
};
const projectIdColumn = sql.raw(`"projects"."id"`);

/**
 * SQL: the milestone's last change (ISO instant), as defined at the top of this file. Needs
 * `activities` (unaliased) in the query.
 */
export const milestoneLastChange = sql<string>`coalesce((select max(al.at) from audit_log al
  where al.entity_type = 'activity' and al.entity_id = ${activity.id}
    and al.action not in ('validate', 'send_back', 'review')), ${activity.createdAt})`;

/** SQL: the milestone (an unaliased `activities` row of the query) awaits a review by `reviewerId`. */
export function awaitsReviewBy(reviewerId: number): SQL {
  return sql`(${activity.status} = 'done' and ${activity.archivedAt} is null and not exists (
    select 1 from milestone_reviews mr where mr.activity_id = ${activity.id} and mr.reviewer_id = ${reviewerId}
      and mr.created_at >= ${milestoneLastChange}))`;
}

/**
 * Number of milestones waiting for this member's review (the navigation badge).
 * @returns 0 for anyone who may not review milestones
 */
export const countAwaitingMyReview = readBetweenWrites("reviews.awaitingMine", (user: SessionUser): number => {
  if (!can(user.role, "review", "milestone")) return 0;
  return (
    getDb()
      .select({ n: count() })
      .from(activities)
      .innerJoin(projects, eq(projects.id, activities.projectId))
      .where(and(isNull(projects.archivedAt), sitsOnCommittee(user), awaitsReviewBy(user.id)))
      .get()?.n ?? 0
  );
});

/** How many project cards the committee workspace shows (the rest: the scoped projects list). */
export const WORKSPACE_PROJECTS_LIMIT = 12;
/** How many projects a page of the bulk review shows, those with milestones waiting first. */
export const BULK_REVIEW_PAGE_SIZE = 10;
/** How many waiting milestones the committee workspace lists (each project's review page lists all of its own). */
export const WORKSPACE_AWAITING_LIMIT = 20;

/**
 * The committee workspace: the projects whose steering committee the member sits on (joined on
 * the memberships in SQL), each with its milestone counts and the number waiting for the member's
 * review, those with milestones waiting first, at most WORKSPACE_PROJECTS_LIMIT (`projectTotal`
 * counts them all); and the milestones waiting, oldest planned first, at most
 * WORKSPACE_AWAITING_LIMIT (`awaitingTotal` counts them all), so the page does not grow with the
 * database. `page` (from 1) reads that page of BULK_REVIEW_PAGE_SIZE projects instead, in the
 * same order (the bulk review page); `projectTotal` still counts them all.
 * @throws ForbiddenError when the user may not review milestones
 */
export const fetchCommitteeWorkspace = readBetweenWrites("reviews.workspace", (user: SessionUser, options: { page?: number } = {}) => {
  assertCan(user.role, "review", "milestone");
  const db = getDb();
  const limit = options.page ? BULK_REVIEW_PAGE_SIZE : WORKSPACE_PROJECTS_LIMIT;
  const offset = options.page ? (options.page - 1) * BULK_REVIEW_PAGE_SIZE : 0;
  const projectRows = db
    .select({
      ...projectSummaryColumns,
      countryCode: projects.partnerCountryCode,
      ...countryNameColumns,
      milestones: sql<number>`(select count(*) from activities a where a.project_id = ${projectIdColumn} and a.archived_at is null)`,
      done: sql<number>`(select count(*) from activities a where a.project_id = ${projectIdColumn} and a.archived_at is null and a.status = 'done')`,
      awaiting: sql<number>`coalesce(sum(case when ${awaitsReviewBy(user.id)} then 1 else 0 end), 0)`,
    })
    .from(projects)
    .leftJoin(countries, eq(countries.code, projects.partnerCountryCode))
    .leftJoin(activities, and(eq(activities.projectId, projects.id), isNull(activities.archivedAt)))
    .where(and(sitsOnCommittee(user), isNull(projects.archivedAt)))
    .groupBy(projects.id)
    .orderBy(sql`sum(case when ${awaitsReviewBy(user.id)} then 1 else 0 end) = 0`, asc(projects.acronym), asc(projects.id))
    .limit(limit)
    .offset(offset)
    .all();
  const projectTotal =
    offset === 0 && projectRows.length < limit
      ? projectRows.length
      : (db.select({ n: count() }).from(projects).where(and(sitsOnCommittee(user), isNull(projects.archivedAt))).get()?.n ?? 0);
  const awaiting = db
    .select({
      id: activities.id,
      title: activities.title,
      plannedOn: activities.plannedOn,
      actualOn: activities.actualOn,
      projectId: projects.id,
      projectAcronym: projects.acronym,
      projectTitleAr: projects.titleAr,
      projectTitleFr: projects.titleFr,
      projectTitleEn: projects.titleEn,
    })
    .from(activities)
    .innerJoin(projects, eq(projects.id, activities.projectId))
    .where(and(isNull(projects.archivedAt), sitsOnCommittee(user), awaitsReviewBy(user.id)))
    .orderBy(sql`${activities.plannedOn} is null`, asc(activities.plannedOn), asc(activities.position), asc(activities.id))
    .limit(WORKSPACE_AWAITING_LIMIT)
    .all();
  const awaitingTotal = awaiting.length < WORKSPACE_AWAITING_LIMIT ? awaiting.length : countAwaitingMyReview(user);
  return { projects: projectRows, projectTotal, awaiting, awaitingTotal };
});

/**
 * One project of the member's steering committees, for the review page: its milestones (each
 * with whether it awaits the member's review and the member's latest decision) and the review
 * history of every member.
 * @returns null when the project does not exist, is archived, or the user does not sit on its
 *   steering committee (the page shows not-found)
 * @throws ForbiddenError when the user may not review milestones
 */
export function fetchProjectForReview(user: SessionUser, projectId: number) {
  assertCan(user.role, "review", "milestone");
  const db = getDb();
  const project = db
    .select({
      ...projectTitleColumns,
      status: projects.status,
      countryCode: projects.partnerCountryCode,
      ...countryNameColumns,
    })
    .from(projects)
    .leftJoin(countries, eq(countries.code, projects.partnerCountryCode))
    .where(and(eq(projects.id, projectId), isNull(projects.archivedAt), sitsOnCommittee(user)))
    .get();
  if (!project) return null;
  const milestones = db
    .select({
      id: activities.id,
      version: activities.version,
      title: activities.title,
      kind: activities.kind,
      status: activities.status,
      plannedOn: activities.plannedOn,
      actualOn: activities.actualOn,
      city: activities.city,
      notes: activities.notes,
      awaiting: sql<number>`${awaitsReviewBy(user.id)}`,
      myDecision: sql<string | null>`(select mr.decision from milestone_reviews mr
        where mr.activity_id = ${activity.id} and mr.reviewer_id = ${user.id} order by mr.created_at desc, mr.id desc limit 1)`,
      // The milestone's latest review by anyone: the review form sends it back, so a review
      // recorded since the page was shown is refused as a conflict.
      latestReviewId: sql<number | null>`(select mr.id from milestone_reviews mr
        where mr.activity_id = ${activity.id} order by mr.created_at desc, mr.id desc limit 1)`,
    })
    .from(activities)
    .where(and(eq(activities.projectId, projectId), isNull(activities.archivedAt)))
    .orderBy(sql`${activities.plannedOn} is null`, asc(activities.plannedOn), asc(activities.position), asc(activities.id))
    .all()
    .map((m) => ({ ...m, awaiting: Boolean(m.awaiting), myDecision: m.myDecision as "approved" | "changes_requested" | null }));
  return { project, milestones, history: reviewHistory(eq(activities.projectId, projectId)) };
}

/** Reviews matching `where` (on activities/projects/milestone_reviews), newest first, with names. */
function reviewHistory(where: SQL | undefined, limit = 500) {
  const reviewer = aliasedTable(users, "reviewer");
  return getDb()
    .select({
      id: milestoneReviews.id,
      decision: milestoneReviews.decision,
      comment: milestoneReviews.comment,
      createdAt: milestoneReviews.createdAt,
      reviewerName: reviewer.name,
      activityId: activities.id,
      activityTitle: activities.title,
      activityStatus: activities.status,
      plannedOn: activities.plannedOn,
      projectId: projects.id,
      projectAcronym: projects.acronym,
      projectTitleAr: projects.titleAr,
      projectTitleFr: projects.titleFr,
      projectTitleEn: projects.titleEn,
      /** The milestone changed after this review (the decision was on an earlier state). */
      superseded: sql<number>`${milestoneReviews.createdAt} < ${milestoneLastChange}`,
    })
    .from(milestoneReviews)
    .innerJoin(activities, eq(activities.id, milestoneReviews.activityId))
    .innerJoin(projects, eq(projects.id, activities.projectId))
    .innerJoin(reviewer, eq(reviewer.id, milestoneReviews.reviewerId))
    .where(and(isNull(activities.archivedAt), isNull(projects.archivedAt), where))
    .orderBy(desc(milestoneReviews.createdAt), desc(milestoneReviews.id))
    .limit(limit)
    .all()
    .map((r) => ({ ...r, superseded: Boolean(r.superseded) }));
}

export type ReviewHistoryEntry = ReturnType<typeof reviewHistory>[number];

/**
 * The reviews of one project's milestones, grouped by milestone (latest decision first, then its
 * history), for the project page (components/reviews/milestone-reviews.tsx).
 * @returns null when the project is missing, archived or outside the user's scope; otherwise the
 *   reviewed milestones (those never reviewed are left out)
 * @throws ForbiddenError when the user may not read milestones
 */
export function fetchMilestoneReviews(user: SessionUser, projectId: number) {
  assertCan(user.role, "read", "milestone");
  const visible = getDb()
    .select({ id: projects.id })
    .from(projects)
    .where(and(eq(projects.id, projectId), isNull(projects.archivedAt), projectScope(user)))
    .get();
  if (!visible) return null;
  const byMilestone = new Map<number, { activityId: number; title: string; status: string; plannedOn: string | null; reviews: ReviewHistoryEntry[] }>();
  for (const review of reviewHistory(eq(activities.projectId, projectId))) {
    const entry = byMilestone.get(review.activityId) ?? {
      activityId: review.activityId,
      title: review.activityTitle,
      status: review.activityStatus,
      plannedOn: review.plannedOn,
      reviews: [],
    };
    entry.reviews.push(review);
    byMilestone.set(review.activityId, entry);
  }
  return [...byMilestone.values()];
}

/**
 * Recent reviews across the projects the user may read (every project for staff, supervisors and
 * admins; their committees' projects for members), newest first.
 * @returns at most RECENT_REVIEWS_LIMIT reviews
 * @throws ForbiddenError when the user may not read milestones
 */
export function fetchRecentReviews(user: SessionUser, filters: ReviewFilters) {
  assertCan(user.role, "read", "milestone");
  return reviewHistory(
    and(
      projectScope(user),
      filters.decision ? eq(milestoneReviews.decision, filters.decision) : undefined,
      filters.project ? eq(projects.id, filters.project) : undefined,
    ),
    RECENT_REVIEWS_LIMIT,
  );
}

/**
 * Changes requested by a committee that are still open: the latest review of a milestone asks
 * for changes and the milestone has not changed since (for the staff home page).
 * @throws ForbiddenError when the user may not update milestones
 */
export const fetchOpenChangeRequests = readBetweenWrites("reviews.openChangeRequests", (user: SessionUser, limit: number = 20) => {
  assertCan(user.role, "update", "milestone");
  const latestPerMilestone = sql`"milestone_reviews"."id" = (select mr.id from milestone_reviews mr
    where mr.activity_id = ${activity.id} order by mr.created_at desc, mr.id desc limit 1)`;
  return reviewHistory(
    and(eq(milestoneReviews.decision, "changes_requested"), latestPerMilestone, sql`${milestoneReviews.createdAt} >= ${milestoneLastChange}`),
    limit,
  );
});

/** One milestone of the bulk review page, as the member sees it (and as the decision sends it back). */
export type BulkReviewMilestone = {
  id: number;
  version: number;
  latestReviewId: number | null;
  title: string;
  status: (typeof activities.$inferSelect)["status"];
  plannedLabel: string;
  actualLabel: string;
  myDecision: "approved" | "changes_requested" | null;
};

/**
 * A page of the bulk review of a committee member: BULK_REVIEW_PAGE_SIZE of the projects whose
 * steering committee they sit on (those with milestones waiting for them first, then by acronym),
 * each with its milestones grouped by state: `awaiting` (done, waiting for the member's decision:
 * these may be approved together), `reviewed` (done, decided by the member since its last change)
 * and `notDone` (planned, under way, late, cancelled). Dates are formatted for `locale`. A member
 * of 40 committees got all 40 on one page, 714 kB of HTML at life size.
 * Kept between writes (lib/cache/read-cache.ts), per member, language and page.
 * @param page from 1; past the last page, the last page
 * @returns the page's projects, the page shown, the number of pages and of projects
 * @throws ForbiddenError when the user may not review milestones
 */
export const fetchBulkReview = readBetweenWrites("reviews.bulk", (user: SessionUser, locale: Locale, page: number = 1) => {
  let workspace = fetchCommitteeWorkspace(user, { page });
  const pageCount = Math.max(1, Math.ceil(workspace.projectTotal / BULK_REVIEW_PAGE_SIZE));
  if (page > pageCount) {
    page = pageCount;
    workspace = fetchCommitteeWorkspace(user, { page });
  }
  const projectsOfPage = workspace.projects.flatMap((summary) => {
    const review = fetchProjectForReview(user, summary.id);
    if (!review) return [];
    const title = localizedName({ nameAr: review.project.titleAr, nameFr: review.project.titleFr, nameEn: review.project.titleEn }, locale);
    const groups = { awaiting: [] as BulkReviewMilestone[], reviewed: [] as BulkReviewMilestone[], notDone: [] as BulkReviewMilestone[] };
    for (const m of review.milestones) {
      const row: BulkReviewMilestone = {
        id: m.id,
        version: m.version,
        latestReviewId: m.latestReviewId,
        title: m.title,
        status: m.status,
        plannedLabel: formatPartialDate(m.plannedOn, locale),
        actualLabel: formatPartialDate(m.actualOn, locale),
        myDecision: m.myDecision,
      };
      (m.awaiting ? groups.awaiting : m.status === "done" ? groups.reviewed : groups.notDone).push(row);
    }
    return [{ id: review.project.id, acronym: review.project.acronym, title, groups }];
  });
  return { projects: projectsOfPage, page, pageCount, total: workspace.projectTotal };
});

export type BulkReviewProject = ReturnType<typeof fetchBulkReview>["projects"][number];
