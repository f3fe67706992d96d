/**
 * Account administration against a real SQLite file: one-time passwords (hashed, shown once,
 * to be changed), role changes, deactivation, password reset, committee memberships; only admins;
 * and the change of one's own password.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import { auditLog, projects, steeringCommitteeMemberships, users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session";
import { openSeededDatabase } from "@/tests/helpers/seeded-db";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { changeOwnPassword, changeUserRole, createUser, resetUserPassword, setCommitteeMemberships, setUserActive } = await import("./actions");
const { fetchUser, fetchUsers } = await import("./queries");
const { createMeeting } = await import("@/lib/meetings/actions");

let database: ReturnType<typeof openSeededDatabase>;
let accounts: ReturnType<typeof openSeededDatabase>["accounts"];

beforeAll(() => {
  database = openSeededDatabase("users");
  accounts = database.accounts;
});
afterAll(() => database.cleanup());
beforeEach(() => {
  session.current = accounts.admin;
});

const row = (id: number) => database.db.select().from(users).where(eq(users.id, id)).get()!;
let counter = 0;
async function newAccount(role: "staff" | "committee" | "supervisor" = "staff") {
  counter += 1;
  const result = await createUser({ name: `Nouvel agent ${counter}`, email: `New.Agent${counter}@Example.test`, role, locale: "fr" });
  if (!result.ok) throw new Error(`setup failed: ${result.message}`);
  return result.data;
}

describe("createUser", () => {
  it("creates an account with a hashed one-time password that must be changed", async () => {
    const { id, oneTimePassword } = await newAccount();
    expect(oneTimePassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const stored = row(id);
    expect(stored.email).toBe(`new.agent${counter}@example.test`);
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored.passwordHash, oneTimePassword)).toBe(true);
    expect([stored.mustChangePassword, stored.active, stored.role, stored.locale]).toEqual([true, true, "staff", "fr"]);
    const audit = database.db.select().from(auditLog).where(and(eq(auditLog.entityType, "user"), eq(auditLog.entityId, id))).all();
    expect(JSON.stringify(audit)).not.toContain(oneTimePassword);
    expect(JSON.stringify(audit)).not.toContain("argon2");
  });

  it("refuses an email already in use and bad input", async () => {
    expect(await createUser({ name: "Double", email: "STAFF@seeded.test", role: "staff", locale: "ar" })).toMatchObject({
      ok: false,
      error: "rule",
      fieldErrors: { email: ["emailTaken"] },
    });
    expect(await createUser({ name: "", email: "pas-un-email", role: "staff", locale: "ar" })).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: { name: ["required"], email: ["invalidEmail"] },
    });
  });

  it("is refused to every role but admin", async () => {
    for (const user of [accounts.supervisor, accounts.staff, accounts.committee]) {
      session.current = user;
      expect(await createUser({ name: "X", email: "x@x.test", role: "admin", locale: "ar" })).toMatchObject({ ok: false, error: "forbidden" });
      expect(() => fetchUsers(user)).toThrow(/Forbidden/);
    }
  });
});

describe("changing an account", () => {
  it("changes the role with the version checked, and never one's own", async () => {
    const { id } = await newAccount();
    expect(await changeUserRole({ id, version: 1, role: "supervisor" })).toEqual({ ok: true, data: { version: 2 } });
    expect(row(id).role).toBe("supervisor");
    expect(await changeUserRole({ id, version: 1, role: "committee" })).toMatchObject({ ok: false, error: "conflict" });
    expect(await changeUserRole({ id: accounts.admin.id, version: 1, role: "staff" })).toMatchObject({ ok: false, error: "rule", message: "ownAccount" });
    expect(await changeUserRole({ id: 999999, version: 1, role: "staff" })).toMatchObject({ ok: false, error: "notFound" });
  });

  it("deactivates and reactivates (not one's own account)", async () => {
    const { id } = await newAccount();
    expect(await setUserActive({ id, version: 1, active: false })).toMatchObject({ ok: true });
    expect(row(id).active).toBe(false);
    expect(await setUserActive({ id, version: 2, active: true })).toMatchObject({ ok: true });
    expect(row(id).active).toBe(true);
    expect(await setUserActive({ id: accounts.admin.id, version: 1, active: false })).toMatchObject({ ok: false, error: "rule" });
    const actions = fetchUser(accounts.admin, id)!.history.map((h) => h.action);
    expect(actions).toEqual(["reactivate", "deactivate", "create"]);
  });

  it("resets the password to a new one-time password to be changed", async () => {
    const { id, oneTimePassword } = await newAccount();
    database.db.update(users).set({ mustChangePassword: false }).where(eq(users.id, id)).run();
    const reset = await resetUserPassword({ id, version: 1 });
    if (!reset.ok) throw new Error("reset failed");
    expect(reset.data.oneTimePassword).not.toBe(oneTimePassword);
    expect(await verifyPassword(row(id).passwordHash, reset.data.oneTimePassword)).toBe(true);
    expect(await verifyPassword(row(id).passwordHash, oneTimePassword)).toBe(false);
    expect(row(id).mustChangePassword).toBe(true);
  });

  it("sets steering-committee memberships, replacing the previous list", async () => {
    const { id } = await newAccount("committee");
    const { recoming, recosa } = database.projectIds;
    expect(await setCommitteeMemberships({ id, version: 1, projectIds: [recoming, recosa] })).toMatchObject({ ok: true });
    expect(await setCommitteeMemberships({ id, version: 2, projectIds: [recosa] })).toMatchObject({ ok: true });
    const memberships = database.db.select().from(steeringCommitteeMemberships).where(eq(steeringCommitteeMemberships.userId, id)).all();
    expect(memberships.map((m) => m.projectId)).toEqual([recosa]);
    expect(fetchUser(accounts.admin, id)!.memberships).toEqual([
      { id: recosa, acronym: "RECOSA", titleAr: "تحسين ظروف عيش المهاجرين والفئات الهشة على المستوى المحلي", titleFr: null, titleEn: null, archived: false },
    ]);
    expect(await setCommitteeMemberships({ id, version: 3, projectIds: [999999] })).toMatchObject({ ok: false, error: "rule", fieldErrors: { projectIds: ["invalidOption"] } });
    expect(fetchUsers(accounts.admin).find((u) => u.id === id)!.committees).toEqual(["RECOSA"]);
  });

  it("reads only the account's own committees' projects, and keeps a membership of a project archived since (but never adds one)", async () => {
    const { id } = await newAccount("committee");
    const { recoming, recosa } = database.projectIds;
    expect(fetchUser(accounts.admin, id)!.memberships).toEqual([]);
    expect(await setCommitteeMemberships({ id, version: 1, projectIds: [recoming] })).toMatchObject({ ok: true });
    expect(fetchUser(accounts.admin, id)!.memberships.map((m) => m.id)).toEqual([recoming]);
    const archivedAt = "2026-01-01T00:00:00.000Z";
    database.db.update(projects).set({ archivedAt }).where(inArray(projects.id, [recoming, recosa])).run();
    try {
      expect(fetchUser(accounts.admin, id)!.memberships).toMatchObject([{ id: recoming, archived: true }]);
      // Saved again with the archived project still on it (the form sends what it shows): accepted.
      expect(await setCommitteeMemberships({ id, version: 2, projectIds: [recoming] })).toMatchObject({ ok: true });
      // An archived project the account does not sit on cannot be added.
      expect(await setCommitteeMemberships({ id, version: 3, projectIds: [recoming, recosa] })).toMatchObject({
        ok: false,
        error: "rule",
        fieldErrors: { projectIds: ["invalidOption"] },
      });
      expect(fetchUser(accounts.admin, id)!.memberships.map((m) => m.id)).toEqual([recoming]);
    } finally {
      database.db.update(projects).set({ archivedAt: null }).where(inArray(projects.id, [recoming, recosa])).run();
    }
  });
});

describe("changeOwnPassword", () => {
  async function signedInAs(id: number): Promise<SessionUser> {
    const account = row(id);
    return { id, email: account.email, name: account.name, role: account.role, locale: account.locale, mustChangePassword: account.mustChangePassword };
  }

  it("a one-time password allows nothing but changing it; the new one must be long and different", async () => {
    const { id, oneTimePassword } = await newAccount();
    session.current = await signedInAs(id);
    expect(await createMeeting({} as never)).toMatchObject({ ok: false, error: "forbidden", message: "mustChangePassword" });

    expect(await changeOwnPassword({ currentPassword: oneTimePassword, newPassword: "short", confirmPassword: "short" })).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: ["passwordTooShort"] },
    });
    expect(await changeOwnPassword({ currentPassword: oneTimePassword, newPassword: oneTimePassword, confirmPassword: oneTimePassword })).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: ["passwordUnchanged"] },
    });
    expect(await changeOwnPassword({ currentPassword: oneTimePassword, newPassword: "une phrase de passe longue", confirmPassword: "une autre" })).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: ["passwordMismatch"] },
    });
    expect(await changeOwnPassword({ currentPassword: "wrong-wrong-wrong", newPassword: "une phrase de passe longue", confirmPassword: "une phrase de passe longue" })).toMatchObject({
      ok: false,
      error: "rule",
      fieldErrors: { currentPassword: ["wrongPassword"] },
    });
    expect(row(id).mustChangePassword).toBe(true);

    expect(await changeOwnPassword({ currentPassword: oneTimePassword, newPassword: "une phrase de passe longue", confirmPassword: "une phrase de passe longue" })).toEqual({ ok: true, data: null });
    expect(row(id).mustChangePassword).toBe(false);
    expect(await verifyPassword(row(id).passwordHash, "une phrase de passe longue")).toBe(true);
  });
});
