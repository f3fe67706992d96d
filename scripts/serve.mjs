// @ts-check
/**
 * `npm start`: the production server. Next.js (the build in `.next`, or NEXT_DIST_DIR) behind a
 * plain Node HTTP server that bounds the work in flight (scripts/admission.mjs): 16 requests at
 * once, 64 waiting, beyond that an immediate 503 with Retry-After; /api/health is never queued.
 *
 * Usage: `node scripts/serve.mjs [-p PORT] [-H HOST]` (PORT/HOSTNAME from the environment
 * otherwise; defaults 3000 and all interfaces). Limits: TAAWUN_MAX_IN_FLIGHT, TAAWUN_MAX_QUEUED,
 * TAAWUN_MAX_WAIT_MS; TAAWUN_MEMORY_LOG_MS prints memory figures as JSON lines. Run it with a heap limit (`node --max-old-space-size=512 scripts/serve.mjs`,
 * see the README). On SIGTERM/SIGINT it stops accepting, lets requests in flight finish (at most
 * 10 s) and exits 0, which is what a process supervisor expects.
 */
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { constants, PerformanceObserver } from "node:perf_hooks";
import next from "next";
import { admissionOptionsFromEnv, withAdmission } from "./admission.mjs";

const args = process.argv.slice(2);
const option = (/** @type {string[]} */ ...names) => {
  const i = args.findIndex((a) => names.includes(a));
  return i >= 0 ? args[i + 1] : undefined;
};
const port = Number(option("-p", "--port") ?? process.env.PORT ?? 3000);
const hostname = option("-H", "--hostname") ?? process.env.HOSTNAME ?? undefined;
process.env.NODE_ENV = "production";

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const app = next({ dev: false, dir, port, hostname: hostname ?? "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

const admission = withAdmission((req, res) => handle(req, res), admissionOptionsFromEnv());
const server = http.createServer(admission.handler);
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => {
  console.log(`Taawun serves on http://${hostname ?? "localhost"}:${port} (production, at most ${admissionOptionsFromEnv().maxInFlight} requests in flight)`);
});

// TAAWUN_MEMORY_LOG_MS=10000 prints one JSON line of memory figures (bytes) that often (npm run soak reads them).
// `liveAfterGc` is the heap used just after the latest full (mark-compact) collection: what is really held.
const memoryLogMs = Number(process.env.TAAWUN_MEMORY_LOG_MS ?? 0);
if (memoryLogMs > 0) {
  let liveAfterGc = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = /** @type {{ kind?: number }} */ (entry.detail ?? {}).kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) liveAfterGc = process.memoryUsage().heapUsed;
    }
  });
  observer.observe({ entryTypes: ["gc"] });
  setInterval(() => {
    const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
    console.log(JSON.stringify({ memory: { at: Date.now(), rss, heapUsed, heapTotal, external, arrayBuffers, liveAfterGc }, admission: admission.stats() }));
  }, memoryLogMs).unref();
}

let stopping = false;
const stop = (/** @type {string} */ signal) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing requests in flight, then stopping`);
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 10_000).unref();
};
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
