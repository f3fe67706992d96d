import { describe, expect, it } from "vitest";
import { createLoginThrottle, MAX_FAILURES, WINDOW_MS } from "./login-throttle";

function clock(start = 0) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("login throttle", () => {
  it("refuses an email after five failures, whatever the password, until the window has passed", () => {
    const c = clock();
    const throttle = createLoginThrottle(c.now);
    for (let i = 0; i < MAX_FAILURES; i += 1) {
      expect(throttle.mayTry("Staff@Taawun.test")).toBe(true);
      throttle.recordFailure("staff@taawun.test");
      c.advance(1000);
    }
    expect(throttle.mayTry("staff@taawun.test")).toBe(false);
    expect(throttle.mayTry("other@taawun.test")).toBe(true);
    // The last failure was 1 s ago: refused until a whole window has passed since it.
    c.advance(WINDOW_MS - 1000 - 1);
    expect(throttle.mayTry("staff@taawun.test")).toBe(false);
    c.advance(1);
    expect(throttle.mayTry("staff@taawun.test")).toBe(true);
  });

  it("forgets old failures and clears the count on success", () => {
    const c = clock();
    const throttle = createLoginThrottle(c.now);
    for (let i = 0; i < MAX_FAILURES - 1; i += 1) throttle.recordFailure("a@t.test");
    c.advance(WINDOW_MS);
    throttle.recordFailure("a@t.test");
    expect(throttle.mayTry("a@t.test")).toBe(true);
    for (let i = 0; i < MAX_FAILURES - 2; i += 1) throttle.recordFailure("a@t.test");
    throttle.recordSuccess("a@t.test");
    throttle.recordFailure("a@t.test");
    expect(throttle.mayTry("a@t.test")).toBe(true);
  });
});
