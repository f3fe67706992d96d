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

  it("reads its limits from the environment", () => {
    expect(admissionOptionsFromEnv({ TAAWUN_MAX_IN_FLIGHT: "4", TAAWUN_MAX_QUEUED: "8", TAAWUN_MAX_WAIT_MS: "500" })).toMatchObject({ maxInFlight: 4, maxQueued: 8, maxWaitMs: 500 });
    expect(admissionOptionsFromEnv({})).toMatchObject({ maxInFlight: 16, maxQueued: 64, maxWaitMs: 10_000 });
  });
});
