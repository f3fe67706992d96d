/**
 * Slows down password guessing without letting an attacker lock the real user out.
 *
 * Every sign-in attempt is counted under three keys, in the `login_limits` table of the app's
 * SQLite file (rate-limiter-flexible's SQLite store over the same better-sqlite3 connection), so
 * the counts survive a restart and no flood of other keys can push them out:
 * - the account + client address pair: 5 free attempts, then growing delays (30 s, 1 min, 2 min …
 *   up to 15 min between attempts);
 * - the account, from any address: 20 free attempts, then delays from 1 min up to 1 h;
 * - the client address, for any account (password spraying): 100 free attempts, then delays from
 *   1 min up to 1 h.
 * Counts start over 24 hours after an account's, an address's or a pair's first counted attempt.
 *
 * A correct password from a pair that signed in successfully before (the user's usual place,
 * remembered 90 days) is only held by the pair's own delay, never by the account's or the
 * address's: an attacker hammering the account from elsewhere cannot keep its owner out.
 * A refused attempt is not checked against the password and looks like any failed sign-in.
 *
 * Figures after OWASP's Authentication Cheat Sheet (throttle, don't lock) and rate-limiter-flexible's
 * "Login endpoint protection" recipe (consecutive failures by username + IP, slow brute by IP).
 */
import type Database from "better-sqlite3";
import { RateLimiterSQLite } from "rate-limiter-flexible";

const DAY_SECONDS = 24 * 60 * 60;

/** The throttle's figures; delays in seconds. */
export const LIMITS = {
  pair: { free: 5, firstDelay: 30, maxDelay: 15 * 60 },
  account: { free: 20, firstDelay: 60, maxDelay: 60 * 60 },
  address: { free: 100, firstDelay: 60, maxDelay: 60 * 60 },
  /** How long counts last (from the first counted attempt), in seconds. */
  window: DAY_SECONDS,
  /** How long a pair that signed in stays known, in seconds. */
  knownFor: 90 * DAY_SECONDS,
} as const;

type Kind = "pair" | "account" | "address";

/** The delay after the `n`-th counted attempt of a key: 0 while within the free attempts, then doubling. */
export function delayAfter(kind: Kind, n: number): number {
  const { free, firstDelay, maxDelay } = LIMITS[kind];
  if (n < free) return 0;
  return Math.min(firstDelay * 2 ** Math.min(n - free, 30), maxDelay);
}

/** Who is trying: the email typed (any case) and the client address (lib/auth/client-address.ts). */
export type SignInAttempt = { email: string; address: string };

/** The outcome of `begin`: refused (with how long until the next try is let through, in ms) or let through. */
export type Admission = { allowed: false; retryAfterMs: number } | { allowed: true };

/** Table the counts live in (created by migration 0003; db/schema.ts `loginLimits`). */
const TABLE = "login_limits";

/**
 * A throttle over `sqlite` (the app's connection in the server, a test's own file in tests).
 * Use: `begin(attempt)` before checking the password (refused → answer as a failed sign-in without
 * checking); after a correct password, `succeeded(attempt)`. A wrong password needs nothing more:
 * `begin` already counted it.
 */
export function createLoginThrottle(sqlite: Database.Database) {
  const limiter = (keyPrefix: string, duration: number, clearExpiredByTimeout = false) =>
    new RateLimiterSQLite({
      clearExpiredByTimeout,
      storeClient: sqlite,
      storeType: "better-sqlite3",
      tableName: TABLE,
      tableCreated: true,
      keyPrefix,
      // Counts never refuse by themselves (penalty/get only): the delays below do.
      points: Number.MAX_SAFE_INTEGER,
      duration,
    });
  // Rows an hour past their expiry are deleted every 5 minutes (expired rows count for nothing).
  const counts = limiter("count", LIMITS.window, true);
  const delays = limiter("delay", 0);
  const known = limiter("known", LIMITS.knownFor);

  const keysOf = ({ email, address }: SignInAttempt): Record<Kind, string> => {
    const account = email.trim().toLowerCase();
    return { pair: `pair:${account}|${address}`, account: `account:${account}`, address: `address:${address}` };
  };
  const kindsFor = (isKnown: boolean): Kind[] => (isKnown ? ["pair"] : ["pair", "account", "address"]);

  // Admissions run one at a time in this process, so that a burst of parallel attempts cannot
  // all pass the check before the first of them is counted.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(step: () => Promise<T>): Promise<T> => {
    const run = queue.then(step);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    /**
     * Decides whether this attempt may check its password, and counts it when it may (so that a
     * burst is counted before any password is checked). Resolves; rejects only on a database error.
     */
    begin(attempt: SignInAttempt): Promise<Admission> {
      return serially(async () => {
        const keys = keysOf(attempt);
        const kinds = kindsFor((await known.get(keys.pair)) !== null);
        let waitMs = 0;
        for (const kind of kinds) {
          const delay = await delays.get(keys[kind]);
          if (delay && delay.msBeforeNext > 0) waitMs = Math.max(waitMs, delay.msBeforeNext);
        }
        if (waitMs > 0) return { allowed: false, retryAfterMs: waitMs };
        for (const kind of ["pair", "account", "address"] as const) {
          const counted = await counts.penalty(keys[kind]);
          const delay = delayAfter(kind, counted.consumedPoints);
          if (delay > 0) await delays.block(keys[kind], delay);
        }
        return { allowed: true };
      });
    },

    /**
     * After a correct password: the pair starts over and is remembered as the user's usual place;
     * this attempt no longer counts against the account and the address (other attempts still do).
     */
    async succeeded(attempt: SignInAttempt): Promise<void> {
      const keys = keysOf(attempt);
      await counts.delete(keys.pair);
      await delays.delete(keys.pair);
      await known.set(keys.pair, 1, LIMITS.knownFor);
      for (const kind of ["account", "address"] as const) {
        const left = await counts.reward(keys[kind]);
        // The delay this attempt itself started goes when the others alone would not start one.
        if (delayAfter(kind, left.consumedPoints) === 0) await delays.delete(keys[kind]);
      }
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;

const globalForThrottle = globalThis as unknown as { __taawunLoginThrottle?: { sqlite: Database.Database; throttle: LoginThrottle } };

/** The throttle over `sqlite` (the app's connection), made once per connection. */
export function loginThrottle(sqlite: Database.Database): LoginThrottle {
  if (globalForThrottle.__taawunLoginThrottle?.sqlite !== sqlite) {
    globalForThrottle.__taawunLoginThrottle = { sqlite, throttle: createLoginThrottle(sqlite) };
  }
  return globalForThrottle.__taawunLoginThrottle.throttle;
}
