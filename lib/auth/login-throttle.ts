/**
 * Slows down password guessing: after MAX_FAILURES failed sign-ins for one email within WINDOW_MS,
 * further attempts for that email are refused (even with the right password) until WINDOW_MS has
 * passed since the last failure. The refusal looks like any failed sign-in (one generic message).
 * A success clears the count. Kept in this process's memory: one server process serves the app.
 * Figures after OWASP's Authentication Cheat Sheet ("account lockout" with a short duration).
 */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

type Entry = { failures: number; lastFailureAt: number };

/** A throttle with its own memory and clock (one per process in the app; fresh ones in tests). */
export function createLoginThrottle(now: () => number = Date.now) {
  const entries = new Map<string, Entry>();
  const keyOf = (email: string) => email.trim().toLowerCase();
  return {
    /** True when this email may try now. */
    mayTry(email: string): boolean {
      const entry = entries.get(keyOf(email));
      if (!entry) return true;
      if (now() - entry.lastFailureAt >= WINDOW_MS) {
        entries.delete(keyOf(email));
        return true;
      }
      return entry.failures < MAX_FAILURES;
    },
    /** Counts a failed attempt (wrong password, unknown email, inactive account). */
    recordFailure(email: string): void {
      const key = keyOf(email);
      const entry = entries.get(key);
      const fresh = !entry || now() - entry.lastFailureAt >= WINDOW_MS;
      entries.set(key, { failures: fresh ? 1 : entry.failures + 1, lastFailureAt: now() });
      // Bound the memory a flood of distinct emails can take.
      if (entries.size > 10_000) entries.delete(entries.keys().next().value as string);
    },
    /** Clears the count after a successful sign-in. */
    recordSuccess(email: string): void {
      entries.delete(keyOf(email));
    },
  };
}

const globalForThrottle = globalThis as unknown as { __taawunLoginThrottle?: ReturnType<typeof createLoginThrottle> };

/** The process's throttle. */
export function loginThrottle() {
  globalForThrottle.__taawunLoginThrottle ??= createLoginThrottle();
  return globalForThrottle.__taawunLoginThrottle;
}
