// @ts-check
/**
 * Admission control for the production server (scripts/serve.mjs): at most `maxInFlight` requests
 * are handled at once, up to `maxQueued` more wait their turn (first come, first served, each at
 * most `maxWaitMs`), and anything beyond is answered at once with 503 and `Retry-After`, so that
 * load beyond capacity costs a short refusal rather than memory (issue #13, item 9).
 * Exempt paths (the health check, Next's static files) are never counted nor refused.
 * A request counts until its response is finished or its connection closes.
 *
 * A queued request is started in the async context of its own arrival (AsyncResource.bind), not in
 * that of the response whose end freed its place: otherwise each queued request would inherit the
 * previous one's AsyncLocalStorage stores (Next's work store snapshots the context it is created
 * in), chaining every request ever queued into one list that is never collected (found with a heap
 * snapshot during `npm run soak`: 5,000 ServerResponse objects and 80 MB of buffers held after 5 min).
 */
import { AsyncResource } from "node:async_hooks";

/** @typedef {{ maxInFlight: number, maxQueued: number, maxWaitMs: number, retryAfterSeconds: number, exempt: (url: string) => boolean }} AdmissionOptions */

/** Paths that are never queued: the monitoring probe and immutable build assets. */
export const EXEMPT = /^\/(api\/health(\/|\?|$)|_next\/static\/|favicon\.ico)/;

/**
 * Limits from the environment (TAAWUN_MAX_IN_FLIGHT, TAAWUN_MAX_QUEUED, TAAWUN_MAX_WAIT_MS), with defaults 16, 64, 10 s.
 * @param {Record<string, string | undefined>} env
 * @returns {AdmissionOptions}
 */
export function admissionOptionsFromEnv(env = process.env) {
  const int = (/** @type {string | undefined} */ value, /** @type {number} */ fallback) => {
    const n = Number.parseInt(value ?? "", 10);
    return Number.isFinite(n) && n >= 0 ? n : fallback;
  };
  return {
    maxInFlight: Math.max(1, int(env.TAAWUN_MAX_IN_FLIGHT, 16)),
    maxQueued: int(env.TAAWUN_MAX_QUEUED, 64),
    maxWaitMs: int(env.TAAWUN_MAX_WAIT_MS, 10_000),
    retryAfterSeconds: 1,
    exempt: (/** @type {string} */ url) => EXEMPT.test(url),
  };
}

/**
 * Wraps a Node request handler `(req, res) => unknown` with the limits above.
 * @param {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => unknown} handle
 * @param {AdmissionOptions} options
 * @returns {{ handler: (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => void, stats: () => { inFlight: number, queued: number, refused: number, admitted: number } }}
 */
export function withAdmission(handle, options) {
  let inFlight = 0;
  let refused = 0;
  let admitted = 0;
  /** @type {Array<{ start: () => void, timer: NodeJS.Timeout, cancelled: boolean }>} */
  const queue = [];

  const refuse = (/** @type {import("node:http").ServerResponse} */ res) => {
    refused += 1;
    if (res.headersSent || res.destroyed) return;
    res.writeHead(503, { "content-type": "text/plain; charset=utf-8", "retry-after": String(options.retryAfterSeconds), "cache-control": "no-store", connection: "close" });
    res.end("Server busy, retry shortly.\n");
  };

  const next = () => {
    while (inFlight < options.maxInFlight && queue.length > 0) {
      const waiting = queue.shift();
      if (!waiting || waiting.cancelled) continue;
      clearTimeout(waiting.timer);
      waiting.start();
    }
  };

  const run = (/** @type {import("node:http").IncomingMessage} */ req, /** @type {import("node:http").ServerResponse} */ res) => {
    inFlight += 1;
    admitted += 1;
    let done = false;
    const release = () => {
      if (done) return;
      done = true;
      inFlight -= 1;
      next();
    };
    res.once("finish", release);
    res.once("close", release);
    try {
      const result = handle(req, res);
      if (result && typeof (/** @type {Promise<unknown>} */ (result)).catch === "function") {
        /** @type {Promise<unknown>} */ (result).catch((error) => {
          console.error(error);
          if (!res.headersSent) res.writeHead(500).end();
          release();
        });
      }
    } catch (error) {
      console.error(error);
      if (!res.headersSent) res.writeHead(500).end();
      release();
    }
  };

  const handler = (/** @type {import("node:http").IncomingMessage} */ req, /** @type {import("node:http").ServerResponse} */ res) => {
    if (options.exempt(req.url ?? "/")) return void handle(req, res);
    if (inFlight < options.maxInFlight && queue.length === 0) return run(req, res);
    if (queue.length >= options.maxQueued) return refuse(res);
    const leave = () => {
      waiting.cancelled = true;
      const at = queue.indexOf(waiting);
      if (at >= 0) queue.splice(at, 1);
    };
    const waiting = {
      cancelled: false,
      start: AsyncResource.bind(() => run(req, res)),
      timer: setTimeout(() => {
        leave();
        refuse(res);
      }, options.maxWaitMs),
    };
    // A client that gives up while waiting frees its place.
    res.once("close", () => {
      if (waiting.cancelled) return;
      clearTimeout(waiting.timer);
      leave();
    });
    queue.push(waiting);
  };

  const stats = () => ({ inFlight, queued: queue.length, refused, admitted });
  return { handler, stats };
}
