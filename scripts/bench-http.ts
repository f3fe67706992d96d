/**
 * `npm run bench:http -- [--db file.db] [--quick] [--duration 10] [--connections 10] [--port 3207] [--only name]`
 *
 * HTTP benchmark of the production build (it builds nothing: run `npx next build` first), served
 * by scripts/serve.mjs on 127.0.0.1 over a scratch copy of `--db` (default: a fresh seed database;
 * for life size, `npm run bench:data -- /tmp/bench.db` then `--db /tmp/bench.db`).
 * With autocannon it measures a floor (/api/health: no page, one database read) and then every
 * main page (each role's home, every list at page 1 and at a deep page, detail pages, a country
 * profile, search), interleaved: floor, page, floor, page, ... so each page is compared with the
 * floor measured just before it. It prints one table: req/s, p50 and p99 latency (ms), the HTML
 * size, the ratio to the floor's req/s, and for deep pages their cost against page 1 (page 1's
 * req/s over the deep page's) and the first-load JavaScript (every module script the HTML loads,
 * gzip); pages over 300 kB of HTML, deep pages over 2x and JS over 200 kB gzip are flagged (!).
 * Then the server's memory after the run. `--quick` (CI): 1 s per page, 2 connections.
 * Exits 1 only when a page answers anything but 200 (it asserts no timing).
 */
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { cliOptions, DEMO, mb, pagesOf, scratchDatabase, serve, signIn, type PageKind } from "./load-kit";

const cli = cliOptions();
const quick = cli.flag("quick");
const duration = cli.number("duration", quick ? 1 : 10);
const connections = cli.number("connections", quick ? 2 : 10);
const port = cli.number("port", 3207);
const only = cli.value("only");
const HTML_LIMIT = 300 * 1024;

type Row = { name: string; path: string; rps: number; p50: number; p99: number; bytes: number; js: number; floorRps: number; non2xx: number; status: number };
const JS_LIMIT = 200 * 1024;

const database = await scratchDatabase(cli.value("db"), "bench");
const { floor, pages, deepPairs } = pagesOf(database);
const app = await serve({ database, port, memoryEveryMs: 1000 });
let failed = false;
try {
  const cookies = new Map<string, string>();
  for (const role of Object.keys(DEMO) as (keyof typeof DEMO)[]) cookies.set(role, await signIn(app.base, DEMO[role]));
  const headersOf = (page: PageKind): Record<string, string> => (page.path === "/login" || page === floor ? {} : { cookie: cookies.get(page.as)! });

  const measure = async (page: PageKind) => {
    const result = await autocannon({ url: `${app.base}${page.path}`, connections, duration, headers: headersOf(page) });
    return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx + result.errors };
  };
  // Warm every page once (first renders compile and fill caches), and keep its size and status.
  // First-load JavaScript: every script the HTML loads (not the `nomodule` polyfills), gzip-compressed.
  const gzipped = new Map<string, number>();
  const firstLoadJs = async (html: string) => {
    let total = 0;
    for (const tag of new Set(html.match(/<script[^>]*\ssrc="[^"]+"[^>]*>/g) ?? [])) {
      if (/\snomodule/i.test(tag)) continue; // React renders it `noModule=""`
      const src = /\ssrc="([^"]+)"/.exec(tag)![1]!.replace(/&amp;/g, "&");
      if (!gzipped.has(src)) gzipped.set(src, gzipSync(Buffer.from(await (await fetch(new URL(src, app.base))).arrayBuffer())).byteLength);
      total += gzipped.get(src)!;
    }
    return total;
  };
  const sizes = new Map<string, { bytes: number; status: number; js: number }>();
  for (const page of [floor, ...pages]) {
    const response = await fetch(`${app.base}${page.path}`, { headers: headersOf(page), redirect: "manual" });
    const html = Buffer.from(await response.arrayBuffer());
    sizes.set(page.name, { bytes: html.byteLength, status: response.status, js: page === floor ? 0 : await firstLoadJs(html.toString("utf8")) });
  }
  const rows: Row[] = [];
  for (const page of pages.filter((p) => !only || p.name.includes(only))) {
    const floorRun = await measure(floor);
    const run = await measure(page);
    const size = sizes.get(page.name)!;
    rows.push({ name: page.name, path: page.path, ...run, bytes: size.bytes, js: size.js, status: size.status, floorRps: floorRun.rps });
    if (size.status !== 200 || run.non2xx > 0) failed = true;
  }

  const byName = new Map(rows.map((r) => [r.name, r]));
  const deepCost = new Map<string, number>();
  for (const [first, deep] of deepPairs) {
    const a = byName.get(first);
    const b = byName.get(deep);
    if (a && b && b.rps > 0) deepCost.set(deep, a.rps / b.rps);
  }
  const floorRps = rows.reduce((s, r) => s + r.floorRps, 0) / Math.max(1, rows.length);
  const pad = (v: string | number, n: number) => String(v).padStart(n);
  console.log(`\nbench:http  ${quick ? "quick" : `${duration} s`} per page, ${connections} connections, database ${cli.value("db") ?? "(seed)"}; floor /api/health ${floorRps.toFixed(0)} req/s on average`);
  console.log(`${"page".padEnd(30)} ${pad("req/s", 8)} ${pad("p50 ms", 7)} ${pad("p99 ms", 7)} ${pad("HTML kB", 8)} ${pad("x floor", 8)} ${pad("deep/p1", 8)} ${pad("JS kB gz", 9)}  path`);
  for (const r of rows) {
    const kb = r.bytes / 1024;
    const deep = deepCost.get(r.name);
    const flags = `${kb > HTML_LIMIT / 1024 ? "!" : " "}${deep !== undefined && deep > 2 ? "!" : " "}${r.js > JS_LIMIT ? "!" : " "}`;
    console.log(
      `${r.name.padEnd(30)} ${pad(r.rps.toFixed(0), 8)} ${pad(r.p50, 7)} ${pad(r.p99, 7)} ${pad(kb.toFixed(1), 8)} ${pad((r.rps / r.floorRps).toFixed(2), 8)} ${pad(deep === undefined ? "" : deep.toFixed(2), 8)} ${pad((r.js / 1024).toFixed(1), 9)} ${flags}${r.path}${r.status !== 200 || r.non2xx ? `  (status ${r.status}, ${r.non2xx} not 2xx)` : ""}`,
    );
  }
  const over = rows.filter((r) => r.bytes > HTML_LIMIT).map((r) => r.name);
  const deepOver = [...deepCost].filter(([, v]) => v > 2).map(([k]) => k);
  const heavyJs = rows.filter((r) => r.js > JS_LIMIT).map((r) => r.name);
  console.log(`pages over 300 kB of HTML: ${over.length ? over.join(", ") : "none"}; deep pages over 2x page 1: ${deepOver.length ? deepOver.join(", ") : "none"}; first-load JS over 200 kB gzip: ${heavyJs.length ? heavyJs.join(", ") : "none"}`);
  await new Promise((r) => setTimeout(r, 1500));
  const last = app.memory[app.memory.length - 1];
  if (last) console.log(`server memory after the run: RSS ${mb(last.rss)} MB, heap used ${mb(last.heapUsed)} MB`);
} finally {
  await app.stop();
  fs.rmSync(path.dirname(database), { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
