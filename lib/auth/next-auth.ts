/**
 * The one module that knows next-auth (v4, Credentials provider, JWT sessions).
 * The token holds the user's id, role and language; sessions last 8 hours.
 * Everything else in the app asks lib/auth/session.ts, never next-auth directly.
 */
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getToken } from "next-auth/jwt";
import { decodeSessionToken } from "./session-token-cache";
import { cookies } from "next/headers";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, type Locale, type UserRole } from "@/db/schema";
import { hashPassword, verifyPassword } from "./password";
import { safeCallbackPath } from "./safe-redirect";
import { loginSchema } from "./login-schema";
import { loginThrottle } from "./login-throttle";
import { clientAddress } from "./client-address";
import { setLocaleCookie } from "@/lib/i18n/locale-cookie";

/** Session lifetime: 8 hours, in seconds. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** The secret next-auth signs and encrypts tokens with; undefined when none is configured. */
export function authSecret(): string | undefined {
  return process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET || undefined;
}


// A real hash of a random string: verifying against it when the email is unknown keeps the
// response time of "no such user" equal to that of "wrong password".
let timingDummyHash: Promise<string> | undefined;
function dummyHash(): Promise<string> {
  timingDummyHash ??= hashPassword(randomUUID());
  return timingDummyHash;
}

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw, request) {
        const parsed = loginSchema.safeParse(raw);
        if (!parsed.success) return null;
        const email = parsed.data.email.toLowerCase();
        const db = getDb();
        const throttle = loginThrottle(db.$client);
        const attempt = { email, address: clientAddress(request?.headers ?? {}) };
        // Refused attempts look like wrong passwords, and the password is not even checked.
        if (!(await throttle.begin(attempt)).allowed) return null;
        const user = db.select().from(users).where(eq(users.email, email)).get();
        const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), parsed.data.password);
        if (!user || !ok || !user.active) return null;
        await throttle.succeeded(attempt);
        return { id: String(user.id), email: user.email, name: user.name, role: user.role, locale: user.locale };
      },
    }),
  ],
  events: {
    // The login page that follows speaks the language the user was reading: it has no user to ask,
    // only the NEXT_LOCALE cookie, which may still say what the browser asked before sign-in.
    async signOut({ token }) {
      const row = token?.uid ? getDb().select({ locale: users.locale }).from(users).where(eq(users.id, token.uid)).get() : undefined;
      if (row) await setLocaleCookie(row.locale);
    },
  },
  callbacks: {
    jwt({ token, user }) {
      // The role and name the token carries are the database's, refreshed at each use.
      if (!user && token.uid) {
        const row = getDb().select({ role: users.role, name: users.name, locale: users.locale }).from(users).where(eq(users.id, token.uid)).get();
        if (row) Object.assign(token, { role: row.role, name: row.name, locale: row.locale });
      }
      if (user) {
        const u = user as unknown as { id: string; role: UserRole; locale: Locale };
        token.uid = Number(u.id);
        token.role = u.role;
        token.locale = u.locale;
        // Kept across token refreshes (unlike `iat`): when this session signed in, in ms.
        token.signedInAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      // The JWT outlives a deactivation or a password reset: ask the database each time, so that
      // /api/auth/session does not keep telling the browser who an ended session belonged to.
      const row = token.uid
        ? getDb()
            .select({ active: users.active, sessionsValidFrom: users.sessionsValidFrom, role: users.role, name: users.name, locale: users.locale })
            .from(users)
            .where(eq(users.id, token.uid))
            .get()
        : undefined;
      const ended =
        !row || !row.active || (row.sessionsValidFrom != null && (token.signedInAt ?? 0) < Date.parse(row.sessionsValidFrom));
      if (ended) {
        const { user: _user, ...rest } = session;
        void _user;
        return { ...rest, expires: session.expires } as typeof session;
      }
      // The current role and name (a demotion or a renaming shows at once), not the sign-in's.
      return {
        ...session,
        user: { ...session.user, name: row.name },
        uid: token.uid,
        role: row.role,
        locale: row.locale,
        signedInAt: token.signedInAt,
      };
    },
    redirect({ url, baseUrl }) {
      // Same rule as the login page: only paths of this app.
      if (url.startsWith(baseUrl)) return `${baseUrl}${safeCallbackPath(url.slice(baseUrl.length))}`;
      return `${baseUrl}${safeCallbackPath(url)}`;
    },
  },
};

declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
    role?: UserRole;
    locale?: Locale;
    signedInAt?: number;
  }
}

/**
 * The JWT claims of the current request, or null when anonymous (no cookie, or a token that does
 * not decrypt or has expired). Reads the session cookie and decrypts it once, with next-auth's own
 * `getToken` (the same cookie name and secure-cookie rule as proxy.ts); it reads no database row:
 * whether the user is still active, and their role and language now, are lib/auth/session.ts's
 * one read of the user row. (`getServerSession` would run the jwt and session callbacks, two more
 * reads of that row, and encrypt a refreshed token that a page cannot even set.)
 * `signedInAt` is when the session signed in (ms since the epoch; 0 for tokens older than the claim).
 */
export async function readSessionClaims(): Promise<{ uid: number; role: UserRole; locale: Locale; signedInAt: number } | null> {
  const jar = await cookies();
  const request = { cookies: Object.fromEntries(jar.getAll().map((c) => [c.name, c.value])), headers: {} };
  const token = await getToken({ req: request as unknown as Parameters<typeof getToken>[0]["req"], secret: authSecret(), decode: decodeSessionToken });
  if (!token?.uid || !token.role) return null;
  return { uid: token.uid, role: token.role, locale: token.locale ?? "ar", signedInAt: token.signedInAt ?? 0 };
}
