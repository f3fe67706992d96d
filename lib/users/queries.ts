/**
 * User accounts: server-only reads for the administration pages. Only those who may manage users
 * (admins) read them; password hashes never leave this module.
 */
import "server-only";
import { and, asc, count, desc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { readBetweenWrites } from "@/lib/cache/read-cache";
import { auditLog, projects, steeringCommitteeMemberships, users } from "@/db/schema";
import { assertCan } from "@/lib/auth/permissions";
import { fetchAuditHistory } from "@/lib/audit/history";
import type { SessionUser } from "@/lib/auth/session";
import { projectTitleColumns } from "@/lib/projects/summary-columns";

/** The columns of an account that may be shown (everything but the password hash). */
const accountColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  locale: users.locale,
  active: users.active,
  mustChangePassword: users.mustChangePassword,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
  version: users.version,
};

/**
 * Every account, active first, then by role and name, with the acronyms (or titles, or ids) of the
 * projects whose steering committee each sits on (`committees`, a list).
 * @throws ForbiddenError unless the user may manage users
 */
export function fetchUsers(user: SessionUser) {
  assertCan(user.role, "manage", "user");
  return getDb()
    .select({
      ...accountColumns,
      // One string, split below: the page joins the names in the reader's language ("A، B وC").
      committees: sql<string | null>`(select group_concat(coalesce(p.acronym, p.title_fr, p.title_ar, '#' || p.id), char(31))
        from steering_committee_memberships scm join projects p on p.id = scm.project_id where scm.user_id = "users"."id")`,
    })
    .from(users)
    .orderBy(desc(users.active), asc(users.role), asc(users.name))
    .all()
    .map((row) => ({ ...row, committees: row.committees ? row.committees.split("\u001f") : [] }));
}

export type UserListRow = ReturnType<typeof fetchUsers>[number];

/**
 * One account with its steering-committee memberships and its audit history.
 * @returns null when there is no such account
 * @throws ForbiddenError unless the user may manage users
 */
export function fetchUser(user: SessionUser, id: number) {
  assertCan(user.role, "manage", "user");
  const db = getDb();
  const account = db.select(accountColumns).from(users).where(eq(users.id, id)).get();
  if (!account) return null;
  const memberships = db
    .select({ projectId: steeringCommitteeMemberships.projectId })
    .from(steeringCommitteeMemberships)
    .where(eq(steeringCommitteeMemberships.userId, id))
    .all()
    .map((m) => m.projectId);
  return { account, memberships, ...fetchAuditHistory("user", id) };
}

/**
 * Projects a steering-committee membership can be set on (not archived), by acronym then title.
 * @throws ForbiddenError unless the user may manage users
 */
export function fetchMembershipChoices(user: SessionUser) {
  assertCan(user.role, "manage", "user");
  return getDb()
    .select(projectTitleColumns)
    .from(projects)
    .where(isNull(projects.archivedAt))
    .orderBy(sql`${projects.acronym} is null`, asc(projects.acronym), asc(projects.id))
    .all();
}

/**
 * Accounts by role and state, for the administrator's home.
 * @returns one row per role: `{ role, active, inactive, mustChangePassword }`
 * @throws ForbiddenError unless the user may manage users
 */
export const countUsersByRole = readBetweenWrites("users.countByRole", (user: SessionUser) => {
  assertCan(user.role, "manage", "user");
  return getDb()
    .select({
      role: users.role,
      total: count(),
      active: sql<number>`sum(case when ${users.active} then 1 else 0 end)`,
      mustChangePassword: sql<number>`sum(case when ${users.active} and ${users.mustChangePassword} then 1 else 0 end)`,
    })
    .from(users)
    .groupBy(users.role)
    .all();
});

/**
 * The latest changes made to accounts (audit entries on users), newest first, with who made them
 * and on whose account.
 * @throws ForbiddenError unless the user may manage users
 */
export const fetchRecentAccountChanges = readBetweenWrites("users.recentAccountChanges", (user: SessionUser, limit: number = 10) => {
  assertCan(user.role, "manage", "user");
  return getDb()
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      changes: auditLog.changes,
      accountId: auditLog.entityId,
      accountName: sql<string | null>`(select u.name from users u where u.id = "audit_log"."entity_id")`,
      userName: sql<string | null>`(select u.name from users u where u.id = "audit_log"."user_id")`,
    })
    .from(auditLog)
    .where(eq(auditLog.entityType, "user"))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit)
    .all();
});
