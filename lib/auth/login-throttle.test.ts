/**
 * Sign-in throttling over a real SQLite file: what an attacker can and cannot do to an account,
 * and what the account's owner can still do. The clock is Vitest's fake Date (no waiting).
 */
import Database from "better-sqlite3";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { closeDb } from "@/db/client";
import { openFreshDatabase } from "@/tests/helpers/test-db";
import { createLoginThrottle, delayAfter, LIMITS, type SignInAttempt } from "./login-throttle";

const fresh = openFreshDatabase("login-throttle");
closeDb();
afterAll(fresh.cleanup);

/** A connection to the test file, as a (re)started server would open it. */
function connect(): Database.Database {
  const sqlite = new Database(fresh.file);
  sqlite.pragma("journal_mode = WAL");
  // Durability is not under test here; 10,000 attempts run faster without fsyncs.
  sqlite.pragma("synchronous = OFF");
  return sqlite;
}

let sqlite: Database.Database;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-12-01T09:00:00Z"));
  sqlite = connect();
  sqlite.prepare("delete from login_limits").run();
});
afterEach(() => {
  sqlite.close();
  vi.useRealTimers();
});

const advance = (seconds: number) => vi.setSystemTime(Date.now() + seconds * 1000);

/** A sign-in whose password is right (`correct`) or wrong, as next-auth's authorize runs it. */
async function signIn(throttle: ReturnType<typeof createLoginThrottle>, attempt: SignInAttempt, correct = false): Promise<"in" | "refused" | "wrong"> {
  if (!(await throttle.begin(attempt)).allowed) return "refused";
  if (!correct) return "wrong";
  await throttle.succeeded(attempt);
  return "in";
}

describe("sign-in throttling", () => {
  it("holds a guessed account through 10,000 failed sign-ins with other emails and a restart, while its owner still gets in from their usual address", async () => {
    let throttle = createLoginThrottle(sqlite);
    const victim = "Admin@Taawun.test";
    const owner = { email: victim, address: "198.51.100.7" };
    expect(await signIn(throttle, owner, true)).toBe("in");

    // One attacker address: 5 guesses, then refused (even the right password would be).
    const attacker = { email: victim, address: "203.0.113.66" };
    for (let i = 0; i < LIMITS.pair.free; i += 1) expect(await signIn(throttle, attacker)).toBe("wrong");
    expect(await signIn(throttle, attacker, true)).toBe("refused");
    // Many attacker addresses: one guess each until the account's own limit holds.
    for (let i = 1; i <= LIMITS.account.free; i += 1) await signIn(throttle, { email: victim, address: `203.0.113.${i}` });
    expect(await signIn(throttle, { email: victim, address: "192.0.2.200" }, true)).toBe("refused");

    // 10,000 failed sign-ins with distinct emails, from as many addresses (nothing pushes counts out).
    for (let i = 0; i < 10_000; i += 1) {
      expect(await signIn(throttle, { email: `junk-${i}@example.org`, address: `10.${i >> 16}.${(i >> 8) & 255}.${i & 255}` })).toBe("wrong");
    }
    // Every pair, account and address count is still there (30,000 rows and more).
    expect((sqlite.prepare("select count(*) as n from login_limits").get() as { n: number }).n).toBeGreaterThan(30_000);
    expect(await signIn(throttle, attacker, true)).toBe("refused");
    expect(await signIn(throttle, { email: victim.toLowerCase(), address: "192.0.2.201" }, true)).toBe("refused");
    // The owner, right password, usual address: in.
    expect(await signIn(throttle, owner, true)).toBe("in");

    // Restart: a new connection and a new throttle over the same file remember all of it.
    sqlite.close();
    sqlite = connect();
    throttle = createLoginThrottle(sqlite);
    expect(await signIn(throttle, attacker, true)).toBe("refused");
    expect(await signIn(throttle, { email: victim, address: "192.0.2.202" }, true)).toBe("refused");
    expect(await signIn(throttle, owner, true)).toBe("in");
  }, 120_000);

  it("lets a guesser through again only after delays that grow, and forgets after a day", async () => {
    const throttle = createLoginThrottle(sqlite);
    const guesser = { email: "staff@taawun.test", address: "203.0.113.9" };
    for (let i = 0; i < LIMITS.pair.free; i += 1) expect(await signIn(throttle, guesser)).toBe("wrong");
    const refused = await throttle.begin(guesser);
    expect(refused).toEqual({ allowed: false, retryAfterMs: 30_000 });
    advance(30);
    expect(await signIn(throttle, guesser)).toBe("wrong");
    expect(await throttle.begin(guesser)).toEqual({ allowed: false, retryAfterMs: 60_000 });
    advance(60);
    expect(await signIn(throttle, guesser)).toBe("wrong");
    expect(await throttle.begin(guesser)).toEqual({ allowed: false, retryAfterMs: 120_000 });
    expect(delayAfter("pair", 40)).toBe(LIMITS.pair.maxDelay);
    advance(LIMITS.window);
    expect(await signIn(throttle, guesser, true)).toBe("in");
  });

  it("counts a burst of parallel guesses before checking any password", async () => {
    const throttle = createLoginThrottle(sqlite);
    const burst = await Promise.all(Array.from({ length: 40 }, () => throttle.begin({ email: "staff@taawun.test", address: "203.0.113.10" })));
    expect(burst.filter((a) => a.allowed)).toHaveLength(LIMITS.pair.free);
  });

  it("stops spraying one password over many accounts from one address, but not the other addresses", async () => {
    const throttle = createLoginThrottle(sqlite);
    for (let i = 0; i < LIMITS.address.free; i += 1) expect(await signIn(throttle, { email: `user-${i}@taawun.test`, address: "203.0.113.11" })).toBe("wrong");
    expect(await signIn(throttle, { email: "someone@taawun.test", address: "203.0.113.11" }, true)).toBe("refused");
    expect(await signIn(throttle, { email: "someone@taawun.test", address: "203.0.113.12" }, true)).toBe("in");
  });

  it("lets a user who mistyped sign in at once with the right password, and starts their count over", async () => {
    const throttle = createLoginThrottle(sqlite);
    const user = { email: "staff@taawun.test", address: "198.51.100.8" };
    for (let i = 0; i < LIMITS.pair.free - 1; i += 1) expect(await signIn(throttle, user)).toBe("wrong");
    expect(await signIn(throttle, user, true)).toBe("in");
    for (let i = 0; i < LIMITS.pair.free; i += 1) expect(await signIn(throttle, user)).toBe("wrong");
    expect(await signIn(throttle, user, true)).toBe("refused");
  });
});
