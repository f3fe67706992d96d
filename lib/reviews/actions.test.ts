/**
 * Milestone reviews against a real, seeded SQLite file: a committee member reviews only the done
 * milestones of their committees' projects (scope checked in SQL); a review is audited; a
 * milestone changed after a review waits again; staff see reviews and their history.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { activities, auditLog, milestoneReviews } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { openSeededDatabase } from "@/tests/helpers/seeded-db";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { approveMilestones, reviewMilestone } = await import("./actions");
const {
  countAwaitingMyReview,
  fetchBulkReview,
  fetchCommitteeWorkspace,
  fetchMilestoneReviews,
  fetchOpenChangeRequests,
  fetchProjectForReview,
  fetchRecentReviews,
} = await import("./queries");

let database: ReturnType<typeof openSeededDatabase>;
let accounts: ReturnType<typeof openSeededDatabase>["accounts"];
let recoming: number;
let recosa: number;

beforeAll(() => {
  database = openSeededDatabase("reviews");
  accounts = database.accounts;
  ({ recoming, recosa } = database.projectIds);
});
afterAll(() => database.cleanup());
beforeEach(() => {
  session.current = accounts.committee;
});

function addMilestone(projectId: number, title: string, status: "done" | "planned" = "done") {
  return database.db.insert(activities).values({ projectId, title, status, plannedOn: "2026-10" }).returning().get();
}

describe("the committee workspace", () => {
  it("shows only the projects of the member's committees, with what waits for their review", () => {
    const workspace = fetchCommitteeWorkspace(accounts.committee);
    expect(workspace.projects.map((p) => p.id)).toEqual([recoming]);
    const done = database.db.$client.prepare("select count(*) n from activities where project_id = ? and status = 'done' and archived_at is null").get(recoming) as { n: number };
    expect(workspace.projects[0]!.awaiting).toBe(done.n);
    expect(workspace.awaiting.every((m) => m.projectId === recoming)).toBe(true);
    expect(countAwaitingMyReview(accounts.committee)).toBe(done.n);
    expect(fetchCommitteeWorkspace(accounts.otherCommittee).projects.map((p) => p.id)).toEqual([recosa]);
  });

  it("returns null for a project outside the member's committees", () => {
    expect(fetchProjectForReview(accounts.committee, recoming)?.project.id).toBe(recoming);
    expect(fetchProjectForReview(accounts.committee, recosa)).toBeNull();
    expect(fetchProjectForReview(accounts.committee, 999999)).toBeNull();
  });

  it("is refused to staff and supervisors (they read reviews, they do not review)", () => {
    expect(() => fetchCommitteeWorkspace(accounts.staff)).toThrow(/Forbidden/);
    expect(() => fetchProjectForReview(accounts.supervisor, recoming)).toThrow(/Forbidden/);
    expect(countAwaitingMyReview(accounts.supervisor)).toBe(0);
  });
});

describe("reviewMilestone", () => {
  it("approves a done milestone: a review row, an audit entry, no longer waiting", async () => {
    const milestone = addMilestone(recoming, "approve me");
    const before = countAwaitingMyReview(accounts.committee);
    const result = await reviewMilestone({ activityId: milestone.id, version: milestone.version, latestReviewId: null, decision: "approved", comment: "" });
    expect(result).toMatchObject({ ok: true, data: { projectId: recoming } });
    expect(countAwaitingMyReview(accounts.committee)).toBe(before - 1);
    const reviews = database.db.select().from(milestoneReviews).where(eq(milestoneReviews.activityId, milestone.id)).all();
    expect(reviews).toMatchObject([{ reviewerId: accounts.committee.id, decision: "approved", comment: null }]);
    const audit = database.db.select().from(auditLog).where(and(eq(auditLog.entityType, "activity"), eq(auditLog.entityId, milestone.id))).all();
    expect(audit.map((a) => [a.action, a.userId])).toEqual([["review", accounts.committee.id]]);
    // The milestone itself is untouched.
    expect(database.db.select().from(activities).where(eq(activities.id, milestone.id)).get()!.version).toBe(milestone.version);
  });

  it("requires a comment to request changes", async () => {
    const milestone = addMilestone(recoming, "needs a comment");
    expect(await reviewMilestone({ activityId: milestone.id, version: 1, latestReviewId: null, decision: "changes_requested", comment: " " })).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: { comment: ["commentRequired"] },
    });
    expect(await reviewMilestone({ activityId: milestone.id, version: 1, latestReviewId: null, decision: "changes_requested", comment: "Liste des participants ?" })).toMatchObject({ ok: true });
  });

  it("refuses a milestone outside the member's committees as not found, and writes nothing", async () => {
    const other = addMilestone(recosa, "not yours");
    expect(await reviewMilestone({ activityId: other.id, version: 1, latestReviewId: null, decision: "approved", comment: "" })).toMatchObject({ ok: false, error: "notFound" });
    expect(database.db.select().from(milestoneReviews).where(eq(milestoneReviews.activityId, other.id)).all()).toEqual([]);
  });

  it("refuses a milestone not done, and one changed since the member saw it", async () => {
    const planned = addMilestone(recoming, "not done yet", "planned");
    expect(await reviewMilestone({ activityId: planned.id, version: 1, latestReviewId: null, decision: "approved", comment: "" })).toMatchObject({ ok: false, error: "rule", message: "milestoneNotDone" });
    const changed = addMilestone(recoming, "changed");
    database.db.update(activities).set({ version: 2 }).where(eq(activities.id, changed.id)).run();
    expect(await reviewMilestone({ activityId: changed.id, version: 1, latestReviewId: null, decision: "approved", comment: "" })).toMatchObject({ ok: false, error: "conflict" });
  });

  it("refuses the same approval sent twice, and a decision from a tab opened before another review", async () => {
    const milestone = addMilestone(recoming, "second tab");
    const seen = fetchProjectForReview(accounts.committee, recoming)!.milestones.find((m) => m.id === milestone.id)!;
    expect(seen.latestReviewId).toBeNull();
    const input = { activityId: milestone.id, version: seen.version, latestReviewId: seen.latestReviewId, decision: "approved" as const, comment: "" };
    const first = await reviewMilestone(input);
    expect(first.ok).toBe(true);
    // Sent again (double click, second tab showing the same page): refused, no duplicate.
    expect(await reviewMilestone(input)).toMatchObject({ ok: false, error: "conflict", message: "conflict" });
    expect(await reviewMilestone({ ...input, decision: "changes_requested", comment: "Autre onglet" })).toMatchObject({ ok: false, error: "conflict" });
    expect(database.db.select().from(milestoneReviews).where(eq(milestoneReviews.activityId, milestone.id)).all()).toHaveLength(1);
    // Answering the review now shown is accepted.
    const now = fetchProjectForReview(accounts.committee, recoming)!.milestones.find((m) => m.id === milestone.id)!;
    expect(first.ok && now.latestReviewId).toBe(first.ok && first.data.id);
    expect(await reviewMilestone({ ...input, latestReviewId: now.latestReviewId, decision: "changes_requested", comment: "Finalement, compléter" })).toMatchObject({ ok: true });
  });

  it("refuses a decision on a milestone changed since the member saw it, even with the latest review id", async () => {
    const milestone = addMilestone(recoming, "changed under review");
    database.db.update(activities).set({ version: 3, title: "changed under review (edited)" }).where(eq(activities.id, milestone.id)).run();
    expect(await reviewMilestone({ activityId: milestone.id, version: 1, latestReviewId: null, decision: "approved", comment: "" })).toMatchObject({ ok: false, error: "conflict" });
    expect(database.db.select().from(milestoneReviews).where(eq(milestoneReviews.activityId, milestone.id)).all()).toEqual([]);
    expect(await reviewMilestone({ activityId: milestone.id, version: 3, latestReviewId: null, decision: "approved", comment: "" })).toMatchObject({ ok: true });
  });

  it("is refused to staff, supervisors and admins", async () => {
    const milestone = addMilestone(recoming, "roles");
    for (const user of [accounts.staff, accounts.supervisor, accounts.admin]) {
      session.current = user;
      expect(await reviewMilestone({ activityId: milestone.id, version: 1, latestReviewId: null, decision: "approved", comment: "" })).toMatchObject({ ok: false, error: "forbidden" });
    }
  });

  it("asks again once the milestone changed after the review (but not after a validation)", async () => {
    const milestone = addMilestone(recoming, "changes after review");
    await reviewMilestone({ activityId: milestone.id, version: 1, latestReviewId: null, decision: "changes_requested", comment: "Ajouter le rapport" });
    const waiting = () => fetchProjectForReview(accounts.committee, recoming)!.milestones.find((m) => m.id === milestone.id)!;
    expect(waiting()).toMatchObject({ awaiting: false, myDecision: "changes_requested" });
    expect(fetchOpenChangeRequests(accounts.staff).map((r) => r.activityId)).toContain(milestone.id);

    const later = new Date(Date.now() + 1000).toISOString();
    database.db.insert(auditLog).values({ at: later, userId: accounts.supervisor.id, action: "validate", entityType: "activity", entityId: milestone.id }).run();
    expect(waiting().awaiting).toBe(false);
    database.db.insert(auditLog).values({ at: later, userId: accounts.staff.id, action: "update", entityType: "activity", entityId: milestone.id }).run();
    expect(waiting().awaiting).toBe(true);
    expect(fetchOpenChangeRequests(accounts.staff).map((r) => r.activityId)).not.toContain(milestone.id);
    expect(fetchMilestoneReviews(accounts.staff, recoming)!.find((m) => m.activityId === milestone.id)!.reviews[0]!.superseded).toBe(true);
  });
});

describe("reading reviews", () => {
  it("staff and supervisors see every review with its history; members only their projects'", async () => {
    session.current = accounts.otherCommittee;
    const recosaMilestone = addMilestone(recosa, "RECOSA review");
    await reviewMilestone({ activityId: recosaMilestone.id, version: 1, latestReviewId: null, decision: "approved", comment: "" });

    for (const user of [accounts.staff, accounts.supervisor, accounts.admin]) {
      const projectsSeen = new Set(fetchRecentReviews(user, {}).map((r) => r.projectId));
      expect(projectsSeen).toEqual(new Set([recoming, recosa]));
    }
    expect(new Set(fetchRecentReviews(accounts.committee, {}).map((r) => r.projectId))).toEqual(new Set([recoming]));
    expect(fetchRecentReviews(accounts.staff, { decision: "changes_requested" }).every((r) => r.decision === "changes_requested")).toBe(true);

    const grouped = fetchMilestoneReviews(accounts.staff, recoming)!;
    const history = grouped.find((m) => m.title === "changes after review")!.reviews;
    expect(history[0]).toMatchObject({ decision: "changes_requested", comment: "Ajouter le rapport", reviewerName: accounts.committee.name });
    expect(fetchMilestoneReviews(accounts.committee, recosa)).toBeNull();
    expect(fetchMilestoneReviews(accounts.otherCommittee, recosa)!.map((m) => m.activityId)).toEqual([recosaMilestone.id]);
  });
});

describe("approveMilestones (bulk review)", () => {
  const seen = (id: number) => {
    const m = fetchProjectForReview(accounts.committee, recoming)!.milestones.find((x) => x.id === id)!;
    return { activityId: m.id, version: m.version, latestReviewId: m.latestReviewId };
  };
  const reviewsOf = (ids: number[]) => ids.flatMap((id) => database.db.select().from(milestoneReviews).where(eq(milestoneReviews.activityId, id)).all());

  it("approves several done milestones in one transaction, with one comment, each audited", async () => {
    const ids = [addMilestone(recoming, "bulk 1").id, addMilestone(recoming, "bulk 2").id, addMilestone(recoming, "bulk 3").id];
    const before = countAwaitingMyReview(accounts.committee);
    const result = await approveMilestones({ milestones: ids.map(seen), comment: "  Conforme au plan  " });
    expect(result).toMatchObject({ ok: true });
    expect(countAwaitingMyReview(accounts.committee)).toBe(before - 3);
    expect(reviewsOf(ids).map((r) => [r.activityId, r.decision, r.comment, r.reviewerId])).toEqual(ids.map((id) => [id, "approved", "Conforme au plan", accounts.committee.id]));
    const audit = ids.map((id) => database.db.select().from(auditLog).where(and(eq(auditLog.entityType, "activity"), eq(auditLog.entityId, id), eq(auditLog.action, "review"))).all().length);
    expect(audit).toEqual([1, 1, 1]);
    const grouped = fetchBulkReview(accounts.committee, "fr").projects.find((p) => p.id === recoming)!;
    expect(grouped.groups.reviewed.map((m) => m.id)).toEqual(expect.arrayContaining(ids));
    expect(grouped.groups.awaiting.map((m) => m.id)).not.toEqual(expect.arrayContaining([ids[0]]));
  });

  it("records none when one of them is stale (a second tab), out of scope, or not done", async () => {
    const ids = [addMilestone(recoming, "stale 1").id, addMilestone(recoming, "stale 2").id];
    const shown = ids.map(seen);
    // Another tab approves the second one first.
    expect(await reviewMilestone({ ...shown[1]!, decision: "approved", comment: "" })).toMatchObject({ ok: true });
    expect(await approveMilestones({ milestones: shown, comment: "" })).toMatchObject({ ok: false, error: "conflict" });
    expect(reviewsOf([ids[0]!])).toEqual([]);

    const fresh = addMilestone(recoming, "in scope").id;
    const other = addMilestone(recosa, "out of scope");
    expect(await approveMilestones({ milestones: [seen(fresh), { activityId: other.id, version: 1, latestReviewId: null }], comment: "" })).toMatchObject({ ok: false, error: "notFound" });
    const planned = addMilestone(recoming, "planned", "planned");
    expect(await approveMilestones({ milestones: [seen(fresh), seen(planned.id)], comment: "" })).toMatchObject({ ok: false, error: "rule", message: "milestoneNotDone" });
    expect(reviewsOf([fresh, other.id, planned.id])).toEqual([]);
    expect(fetchBulkReview(accounts.committee, "fr").projects.find((p) => p.id === recoming)!.groups.notDone.map((m) => m.id)).toContain(planned.id);
  });

  it("refuses an empty or repeated list, and every role but committee members", async () => {
    const id = addMilestone(recoming, "twice").id;
    expect(await approveMilestones({ milestones: [], comment: "" })).toMatchObject({ ok: false, error: "invalid" });
    expect(await approveMilestones({ milestones: [seen(id), seen(id)], comment: "" })).toMatchObject({ ok: false, error: "invalid" });
    for (const user of [accounts.staff, accounts.supervisor, accounts.admin]) {
      session.current = user;
      expect(await approveMilestones({ milestones: [{ activityId: id, version: 1, latestReviewId: null }], comment: "" })).toMatchObject({ ok: false, error: "forbidden" });
    }
    expect(reviewsOf([id])).toEqual([]);
  });
});

describe("the committee workspace at size", () => {
  it("shows at most WORKSPACE_PROJECTS_LIMIT projects (those with milestones waiting first) and WORKSPACE_AWAITING_LIMIT waiting milestones, with both totals", async () => {
    const { BULK_REVIEW_PAGE_SIZE, WORKSPACE_AWAITING_LIMIT, WORKSPACE_PROJECTS_LIMIT } = await import("./queries");
    const client = database.db.$client;
    const member = accounts.committee;
    const added: number[] = [];
    for (let i = 0; i < WORKSPACE_PROJECTS_LIMIT + 3; i++) {
      const id = Number(client.prepare("insert into projects (acronym) values (?)").run(`AAA-${String(i).padStart(2, "0")}`).lastInsertRowid);
      client.prepare("insert into steering_committee_memberships (user_id, project_id) values (?, ?)").run(member.id, id);
      added.push(id);
    }
    // The last project (alphabetically) gets the waiting milestones: it must still be shown.
    const waitingProject = added[added.length - 1]!;
    for (let i = 0; i < WORKSPACE_AWAITING_LIMIT + 5; i++) addMilestone(waitingProject, `waiting ${i}`);

    const workspace = fetchCommitteeWorkspace(member);
    expect(workspace.projects).toHaveLength(WORKSPACE_PROJECTS_LIMIT);
    expect(workspace.projectTotal).toBe(added.length + 1);
    expect(workspace.projects.map((p) => p.id)).toContain(waitingProject);
    expect(workspace.projects.map((p) => p.id)).toContain(recoming);
    expect(workspace.projects.slice(0, 2).every((p) => p.awaiting > 0)).toBe(true);
    expect(workspace.awaiting).toHaveLength(WORKSPACE_AWAITING_LIMIT);
    expect(workspace.awaitingTotal).toBe(countAwaitingMyReview(member));
    expect(workspace.awaitingTotal).toBeGreaterThan(WORKSPACE_AWAITING_LIMIT);
    // The bulk review pages through every project of the member's committees, those waiting first.
    const total = added.length + 1;
    const first = fetchBulkReview(member, "fr");
    expect(first).toMatchObject({ page: 1, total, pageCount: Math.ceil(total / BULK_REVIEW_PAGE_SIZE) });
    expect(first.projects).toHaveLength(Math.min(total, BULK_REVIEW_PAGE_SIZE));
    expect(first.projects[0]!.groups.awaiting.length).toBeGreaterThan(0);
    const seen = Array.from({ length: first.pageCount }, (_, i) => fetchBulkReview(member, "fr", i + 1).projects.map((p) => p.id)).flat();
    expect(new Set(seen).size).toBe(total);
    expect(seen).toContain(waitingProject);
    // Past the last page: the last page.
    expect(fetchBulkReview(member, "fr", 999)).toMatchObject({ page: first.pageCount });
  });
});
