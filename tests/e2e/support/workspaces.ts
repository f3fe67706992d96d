/**
 * Records the role-workspace stories need, prepared beneath the UI on the e2e database: steering
 * committee memberships, milestones marked done, a funder with records of its own. Every name is
 * unique so that tests running at the same time never share data.
 */
import { withDb } from "./db";

/** A label no other test uses. */
export function uniqueLabel(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;
}

/** The id of a seeded project, by acronym (Recoming, RECOSA...). */
export function projectIdOf(acronym: string): number {
  return withDb((db) => (db.prepare("select id from projects where acronym = ?").get(acronym) as { id: number }).id);
}

/** Seats `userId` on the steering committee of `projectId`. */
export function addCommitteeMembership(userId: number, projectId: number): void {
  withDb((db) => db.prepare("insert or ignore into steering_committee_memberships (user_id, project_id) values (?, ?)").run(userId, projectId));
}

/**
 * Adds a milestone already marked done to a project (as if staff had recorded and completed it).
 * Undated, so that it leaves the seeded project's timeline (which other stories check) as it was.
 */
export function addDoneMilestone(projectId: number, title: string): number {
  return withDb(
    (db) =>
      (db
        .prepare("insert into activities (project_id, title, kind, status) values (?, ?, 'workshop', 'done') returning id")
        .get(projectId, title) as { id: number }).id,
  );
}

/** Today's calendar day in the department's time zone, `YYYY-MM-DD` (as the server judges lateness). */
export function todayInCasablanca(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Casablanca", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}
