/**
 * The current user, as every server component, page and action sees it.
 * The JWT says who the user is; the database says whether they may still act (a deactivated
 * account stops working on its next request) and what role and language they have now.
 */
import "server-only";
import { cache } from "react";
import { redirect, notFound } from "next/navigation";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { cachedRead } from "@/lib/cache/read-cache";
import { users, type Locale, type UserRole } from "@/db/schema";
import { readSessionClaims } from "./next-auth";
import { can, type Action, type Resource } from "./permissions";

export type SessionUser = {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  locale: Locale;
  mustChangePassword: boolean;
};

/**
 * The signed-in, active user of this request, or null (anonymous, unknown or deactivated).
 * Cached for the duration of one request.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const claims = await readSessionClaims();
  if (!claims) return null;
  // Read again after any write (a deactivation or a password reset is one), not on every request.
  const row = cachedRead(`users.session:${claims.uid}`, () =>
    getDb()
      .select({
        id: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        locale: users.locale,
        active: users.active,
        mustChangePassword: users.mustChangePassword,
        sessionsValidFrom: users.sessionsValidFrom,
      })
      .from(users)
      .where(eq(users.id, claims.uid))
      .get(),
  );
  if (!row || !row.active) return null;
  // A password reset ends every session that signed in before it.
  if (row.sessionsValidFrom && claims.signedInAt < Date.parse(row.sessionsValidFrom)) return null;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    locale: row.locale,
    mustChangePassword: row.mustChangePassword,
  };
});

/** Where a user with a one-time password is sent until they choose their own. */
export const CHANGE_PASSWORD_PATH = "/account/password";

/**
 * For pages: the current user, or a redirect to /login (anonymous, unknown or deactivated), or to
 * the change-password page while the account still has a one-time password.
 */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (user.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  return user;
}

/** Where a page a role knows of, but may not use, sends it (app/(app)/not-allowed). */
export const NOT_ALLOWED_PATH = "/not-allowed";

/**
 * For pages and reads: the current user if the permission table grants `action` on `resource`.
 * Anonymous → /login. Refused: a role that reads every record of the kind (an administrator on
 * the meeting form) is told it is not allowed (/not-allowed); any other refusal is the not-found
 * page, so a record outside a committee member's scope is not shown to exist.
 */
export async function requirePermission(action: Action, resource: Resource): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user.role, action, resource)) {
    // Committee members' reads are scoped to their committees: a refusal never confirms a page.
    if (user.role !== "committee" && can(user.role, "read", resource)) redirect(NOT_ALLOWED_PATH);
    notFound();
  }
  return user;
}
