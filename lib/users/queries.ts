/**
 * User accounts: server-only reads for the administration pages. Only those who may manage users
 * (admins) read them; password hashes never leave this module.
 */
import "server-only";
import { asc, count, desc, eq, sql } from "drizzle-orm";
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
 * One account with its steering-committee memberships and its audit history. The memberships are
 * the account's own committees' projects with what names them (acronym and titles) and whether the
 * project is archived, by acronym then id: the page reads these and no other project (the form's
 * picker asks the server for the rest as the admin types).
 * @returns null when there is no such account
 * @throws ForbiddenError unless the user may manage users
 */
export function fetchUser(user: SessionUser, id: number) {
  assertCan(user.role, "manage", "user");
  const db = getDb();
  const account = db.select(accountColumns).from(users).where(eq(users.id, id)).get();
  if (!account) return null;
  const memberships = db
    .select({ ...projectTitleColumns, archivedAt: projects.archivedAt })
    .from(steeringCommitteeMemberships)
    .innerJoin(projects, eq(projects.id, steeringCommitteeMemberships.projectId))
    .where(eq(steeringCommitteeMemberships.userId, id))
    .orderBy(sql`${projects.acronym} is null`, asc(projects.acronym), asc(projects.id))
    .all()
    .map(({ archivedAt, ...project }) => ({ ...project, archived: archivedAt !== null }));
  return { account, memberships, ...fetchAuditHistory("user", id) };
}

export type UserMembership = NonNullable<ReturnType<typeof fetchUser>>["memberships"][number];

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
