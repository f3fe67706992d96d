/**
 * Sessions that end: next-auth's callbacks over a real SQLite file. A cookie from before a
 * deactivation — or before a reactivation — is refused; a live session carries the role and the
 * name the database has now.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import type { Session } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { openSeededDatabase } from "@/tests/helpers/seeded-db";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { authOptions } = await import("./next-auth");
const { changeUserRole, setUserActive } = await import("@/lib/users/actions");

let database: ReturnType<typeof openSeededDatabase>;
beforeAll(() => {
  database = openSeededDatabase("sessions-end");
  session.current = database.accounts.admin;
});
afterAll(() => database.cleanup());

const row = (id: number) => database.db.select().from(users).where(eq(users.id, id)).get()!;

/** What /api/auth/session answers for this token: the jwt callback, then the session callback. */
async function sessionFor(token: JWT) {
  const refreshed = (await authOptions.callbacks!.jwt!({ token, user: undefined as never, account: null })) as JWT;
  const base = { user: { name: token.name, email: token.email }, expires: "2099-01-01T00:00:00.000Z" } as Session;
  return (await authOptions.callbacks!.session!({ session: base, token: refreshed, user: undefined as never, newSession: undefined, trigger: "update" })) as Session & { role?: string; uid?: number };
}

/** The token a sign-in at `signedInAt` (ms) leaves in the browser's cookie. */
function cookieOf(userId: number, signedInAt: number): JWT {
  const user = row(userId);
  return { uid: user.id, role: user.role, locale: user.locale, name: user.name, email: user.email, signedInAt };
}

describe("sessions that end", () => {
  it("refuses a reactivated user's old cookie, and takes their new sign-in", async () => {
    const staff = database.accounts.staff;
    const oldCookie = cookieOf(staff.id, Date.now() - 60_000);
    expect((await sessionFor(oldCookie)).user).toBeDefined();

    let version = row(staff.id).version;
    expect(await setUserActive({ id: staff.id, version, active: false })).toMatchObject({ ok: true });
    expect((await sessionFor(oldCookie)).user).toBeUndefined();
    version = row(staff.id).version;
    expect(await setUserActive({ id: staff.id, version, active: true })).toMatchObject({ ok: true });
    // Active again, but the cookie is from before: still refused.
    const refused = await sessionFor(oldCookie);
    expect(refused.user).toBeUndefined();
    expect(refused.role).toBeUndefined();
    // A sign-in after the reactivation works.
    expect((await sessionFor(cookieOf(staff.id, Date.now() + 1))).user).toBeDefined();
  });

  it("shows the current role and name, not those of the sign-in", async () => {
    const supervisor = database.accounts.supervisor;
    const cookie = cookieOf(supervisor.id, Date.now() + 1);
    expect(await changeUserRole({ id: supervisor.id, version: row(supervisor.id).version, role: "staff" })).toMatchObject({ ok: true });
    database.db.update(users).set({ name: "Nouveau nom" }).where(eq(users.id, supervisor.id)).run();
    const current = await sessionFor(cookie);
    expect(current.role).toBe("staff");
    expect(current.user?.name).toBe("Nouveau nom");
  });
});
