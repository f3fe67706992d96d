import { AsyncLocalStorage } from "node:async_hooks";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { admissionOptionsFromEnv, withAdmission } from "./admission.mjs";

/** A server whose pages answer only when the test releases them; /api/health answers at once. */
async function heldServer(limits: { maxInFlight: number; maxQueued: number; maxWaitMs?: number }) {
  const held: (() => void)[] = [];
  let arrived = 0;
  const arrivals: (() => void)[] = [];
  const admission = withAdmission(
    (req, res) => {
      if (req.url?.startsWith("/api/health")) return void res.end("ok");
      arrived += 1;
      arrivals.splice(0).forEach((notify) => notify());
      held.push(() => res.end(`page ${req.url}`));
    },
    { ...admissionOptionsFromEnv({}), ...limits, maxWaitMs: limits.maxWaitMs ?? 60_000 },
  );
  const server = http.createServer(admission.handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const untilArrived = async (n: number) => {
    while (arrived < n) await new Promise<void>((resolve) => arrivals.push(resolve));
  };
  const untilQueued = async (n: number) => {
    while (admission.stats().queued < n) await new Promise((r) => setImmediate(r));
  };
  return { server, base, held, admission, untilArrived, untilQueued };
}

let close: (() => void) | undefined;
afterEach(() => close?.());

describe("admission control of the production server", () => {
  it("runs at most the limit at once, queues a few, and refuses the rest at once with 503 and Retry-After", async () => {
    const s = await heldServer({ maxInFlight: 2, maxQueued: 1 });
    close = () => s.server.close();
    const first = [fetch(`${s.base}/a`), fetch(`${s.base}/b`)];
    await s.untilArrived(2);
    const queued = fetch(`${s.base}/c`);
    await s.untilQueued(1);
    const refused = await fetch(`${s.base}/d`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("1");
    expect(s.admission.stats()).toMatchObject({ inFlight: 2, queued: 1, refused: 1 });

    // The health check is never queued nor refused, even now.
    expect((await fetch(`${s.base}/api/health`)).status).toBe(200);

    // When one finishes, the queued request runs.
    s.held.shift()!();
    await s.untilArrived(3);
    s.held.splice(0).forEach((release) => release());
    const answers = await Promise.all([...first, queued]);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(await answers[2]!.text()).toBe("page /c");
  });

  it("refuses a queued request that waited longer than the wait limit", async () => {
    const s = await heldServer({ maxInFlight: 1, maxQueued: 4, maxWaitMs: 50 });
    close = () => s.server.close();
    const running = fetch(`${s.base}/a`);
    await s.untilArrived(1);
    const waited = await fetch(`${s.base}/b`);
    expect(waited.status).toBe(503);
    s.held.splice(0).forEach((release) => release());
    expect((await running).status).toBe(200);
    expect(s.admission.stats()).toMatchObject({ inFlight: 0, queued: 0 });
  });

  it("starts a queued request in its own async context, not in the one of the request that freed its place", async () => {
    const store = new AsyncLocalStorage<string>();
    const seen = new Map<string, string | undefined>();
    let finishFirst!: () => void;
    const firstMayFinish = new Promise<void>((resolve) => (finishFirst = resolve));
    let arrived = 0;
    const admission = withAdmission(
      (req, res) => {
        seen.set(req.url!, store.getStore());
        arrived += 1;
        if (req.url === "/first") {
          // The first request's work runs in its own store, and so does the end of its response.
          store.enterWith("store of /first");
          void firstMayFinish.then(() => res.end("first"));
        } else res.end("second");
      },
      { ...admissionOptionsFromEnv({}), maxInFlight: 1, maxQueued: 1 },
    );
    const server = http.createServer(admission.handler);
    close = () => server.close();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const first = fetch(`${base}/first`);
    while (arrived < 1) await new Promise((r) => setImmediate(r));
    const second = fetch(`${base}/second`);
    while (admission.stats().queued < 1) await new Promise((r) => setImmediate(r));
    finishFirst();
    expect((await Promise.all([first, second])).map((r) => r.status)).toEqual([200, 200]);
    expect(seen.get("/second")).toBeUndefined();
  });

  it("frees the place of a queued request whose client gave up", async () => {
    const s = await heldServer({ maxInFlight: 1, maxQueued: 1 });
    close = () => s.server.close();
    const running = fetch(`${s.base}/a`);
    await s.untilArrived(1);
    const giveUp = new AbortController();
    const abandoned = fetch(`${s.base}/b`, { signal: giveUp.signal }).catch(() => "aborted");
    await s.untilQueued(1);
    giveUp.abort();
    expect(await abandoned).toBe("aborted");
    while (s.admission.stats().queued > 0) await new Promise((r) => setImmediate(r));
    const next = fetch(`${s.base}/c`); // takes the freed place instead of a 503
    await s.untilQueued(1);
    s.held.shift()!();
    await s.untilArrived(2);
    s.held.splice(0).forEach((release) => release());
    expect((await running).status).toBe(200);
    expect((await next).status).toBe(200);
  });

  it("reads its limits from the environment", () => {
    expect(admissionOptionsFromEnv({ TAAWUN_MAX_IN_FLIGHT: "4", TAAWUN_MAX_QUEUED: "8", TAAWUN_MAX_WAIT_MS: "500" })).toMatchObject({ maxInFlight: 4, maxQueued: 8, maxWaitMs: 500 });
    expect(admissionOptionsFromEnv({})).toMatchObject({ maxInFlight: 16, maxQueued: 64, maxWaitMs: 10_000 });
  });
});
