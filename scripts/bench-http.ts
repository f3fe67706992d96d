/**
 * `npm run bench:http -- [--db file.db] [--quick] [--duration 10] [--connections 10] [--port 3207] [--only name]`
 *
 * HTTP benchmark of the production build (it builds nothing of Taawun: run `npx next build` first),
 * served by scripts/serve.mjs on 127.0.0.1, once on a fresh seed database and once at life size:
 * `--db` (default data/bench.db, written by `npm run bench:data` when missing; `--quick`:
 * data/bench-quick.db at scale 0.02). Both are scratch copies, so the bench writes nothing to them.
 *
 * The floor (issue #9): a bare Next.js page of 50 static rows rendered on every request, built from
 * scripts/bench-floor with the same Next.js (once, into scripts/bench-floor/.next-floor) and served
 * by `next start` beside Taawun. With autocannon it measures, interleaved (floor, page, floor,
 * page, ...), every main page (each role's home, every list at page 1 and a deep page, detail
 * pages, a country profile, search, the health check), so each page is compared with the floor
 * measured just before it. It prints one table: req/s on the seed and at life size, the ratio of
 * each to the floor's req/s, p99 at life size and its ratio to the floor's p99, the HTML size at
 * life size, deep pages' cost against page 1 (page 1's req/s over the deep page's) and the
 * first-load JavaScript (every module script the HTML loads, gzip). Flags (!): under 0.4x the
 * floor, p99 over 4x the floor's, HTML over 300 kB, deep page over 2x, JS over 200 kB.
 * Then the server's memory after each run and their ratio, and Arabic search at the database on
 * the life-size file (scripts/bench-search.ts: median and p95).
 * "bare x fl" (life size): the same page's HTML body rendered by a bare Next.js page of the floor app
 * (scripts/bench-floor/app/markup, tree from scripts/bench-markup.ts), over the floor's req/s: the
 * bound of any page of that markup with this Next.js and React.
 * `--quick` (CI): 1 s per page, 2 connections, 5 search runs.
 * Exits 1 only when a page answers anything but 200 (it asserts no timing).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { bodyMarkup } from "./bench-markup";
import { cliOptions, DEMO, mb, pagesOf, REPO, scratchDatabase, serve, signIn, type MemorySample, type PageKind } from "./load-kit";

const cli = cliOptions();
const quick = cli.flag("quick");
const duration = cli.number("duration", quick ? 1 : 10);
const connections = cli.number("connections", quick ? 2 : 10);
const port = cli.number("port", 3207);
const only = cli.value("only");
const lifeFile = path.resolve(cli.value("db") ?? path.join(REPO, "data", quick ? "bench-quick.db" : "bench.db"));
const HTML_LIMIT = 300 * 1024;
const JS_LIMIT = 200 * 1024;
const FLOOR_DIR = path.join(REPO, "scripts", "bench-floor");
const NEXT_BIN = path.join(REPO, "node_modules", "next", "dist", "bin", "next");

type Run = { rps: number; p50: number; p99: number; non2xx: number };
type Measured = Run & { bytes: number; js: number; status: number; floor: Run; bare?: Run };
type Dataset = { label: "seed" | "life"; rows: Map<string, Measured>; deep: Map<string, number>; memory: MemorySample | undefined; order: PageKind[] };

/** Runs a command in the repository, inheriting stderr; rejects on a non-zero exit. */
function run(command: string, args: string[], options: { cwd?: string; quiet?: boolean } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd ?? REPO, stdio: ["ignore", options.quiet ? "ignore" : "inherit", "inherit"], env: { ...process.env, NODE_ENV: "production" } });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited ${code}`))));
  });
}

// The bound: each life-size page's markup as a tree that the floor app renders at /markup/<name>.
const MARKUP_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "taawun-bench-markup-"));
const markupName = (page: PageKind) => page.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const withMarkup = new Set<string>();

/** The newest modification time (ms) of the files under `dir`. */
const newestIn = (dir: string): number =>
  Math.max(0, ...fs.readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newestIn(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).mtimeMs)));

/** Builds the floor app when its build is missing or older than its pages or the installed Next.js, then serves it. */
async function serveFloor(floorPort: number) {
  const buildId = path.join(FLOOR_DIR, ".next-floor", "BUILD_ID");
  const nextPackage = path.join(REPO, "node_modules", "next", "package.json");
  const sources = Math.max(fs.statSync(nextPackage).mtimeMs, newestIn(path.join(FLOOR_DIR, "app")));
  if (!fs.existsSync(buildId) || fs.statSync(buildId).mtimeMs < sources) {
    console.log("bench:http  building the floor page (scripts/bench-floor, once)…");
    await run(process.execPath, [NEXT_BIN, "build", "--webpack", FLOOR_DIR], { quiet: true });
  }
  const child = spawn(process.execPath, [NEXT_BIN, "start", FLOOR_DIR, "-p", String(floorPort), "-H", "127.0.0.1"], { cwd: REPO, stdio: "ignore", env: { ...process.env, NODE_ENV: "production", BENCH_MARKUP_DIR: MARKUP_DIR } });
  const base = `http://127.0.0.1:${floorPort}`;
  for (const deadline = Date.now() + 60_000; ; ) {
    if (child.exitCode !== null) throw new Error(`the floor server exited (${child.exitCode})`);
    if (Date.now() > deadline) throw new Error("the floor server did not answer in 60 s");
    try {
      if ((await fetch(`${base}/`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return { base, stop: () => child.kill("SIGTERM") };
}

const measure = async (url: string, headers: Record<string, string>): Promise<Run> => {
  const result = await autocannon({ url, connections, duration, headers });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx + result.errors };
};

/** Serves Taawun on a scratch copy of `source` (undefined: the seed) and measures every page against the floor. */
async function bench(label: Dataset["label"], source: string | undefined, floorBase: string): Promise<Dataset> {
  const floorUrl = `${floorBase}/`;
  const database = await scratchDatabase(source, `bench-${label}`);
  const { pages, deepPairs } = pagesOf(database);
  const order = pages.filter((p) => !only || p.name.includes(only));
  const app = await serve({ database, port, memoryEveryMs: 1000 });
  try {
    const cookies = new Map<string, string>();
    for (const role of Object.keys(DEMO) as (keyof typeof DEMO)[]) cookies.set(role, await signIn(app.base, DEMO[role]));
    const headersOf = (page: PageKind): Record<string, string> => (page.path === "/login" || page.path === "/api/health" ? {} : { cookie: cookies.get(page.as)! });
    // First-load JavaScript: every script the HTML loads (not the `nomodule` polyfills), gzip-compressed.
    const gzipped = new Map<string, number>();
    const firstLoadJs = async (html: string) => {
      let total = 0;
      for (const tag of new Set(html.match(/<script[^>]*\ssrc="[^"]+"[^>]*>/g) ?? [])) {
        if (/\snomodule/i.test(tag)) continue; // React writes `noModule=""`
        const src = /\ssrc="([^"]+)"/.exec(tag)![1]!.replace(/&amp;/g, "&");
        if (!gzipped.has(src)) gzipped.set(src, gzipSync(Buffer.from(await (await fetch(new URL(src, app.base))).arrayBuffer())).byteLength);
        total += gzipped.get(src)!;
      }
      return total;
    };
    // Warm every page once (first renders compile and fill caches), and keep its size and status.
    const sizes = new Map<string, { bytes: number; status: number; js: number }>();
    for (const page of order) {
      const response = await fetch(`${app.base}${page.path}`, { headers: headersOf(page), redirect: "manual" });
      const html = Buffer.from(await response.arrayBuffer());
      const isHtml = (response.headers.get("content-type") ?? "").includes("text/html");
      sizes.set(page.name, { bytes: html.byteLength, status: response.status, js: isHtml ? await firstLoadJs(html.toString("utf8")) : 0 });
      if (label === "life" && isHtml && response.status === 200) {
        fs.writeFileSync(path.join(MARKUP_DIR, `${markupName(page)}.json`), JSON.stringify(bodyMarkup(html.toString("utf8"))));
        withMarkup.add(page.name);
      }
    }
    const rows = new Map<string, Measured>();
    for (const page of order) {
      const floor = await measure(floorUrl, {});
      const result = await measure(`${app.base}${page.path}`, headersOf(page));
      const bare = label === "life" && withMarkup.has(page.name) ? await measure(`${floorBase}/markup/${markupName(page)}`, {}) : undefined;
      rows.set(page.name, { ...result, ...sizes.get(page.name)!, floor, bare });
    }
    const deep = new Map<string, number>();
    for (const [first, deepName] of deepPairs) {
      const a = rows.get(first);
      const b = rows.get(deepName);
      if (a && b && b.rps > 0) deep.set(deepName, a.rps / b.rps);
    }
    await new Promise((r) => setTimeout(r, 1500));
    return { label, rows, deep, memory: app.memory[app.memory.length - 1], order };
  } finally {
    await app.stop();
    fs.rmSync(path.dirname(database), { recursive: true, force: true });
  }
}

if (!fs.existsSync(lifeFile)) {
  console.log(`bench:http  writing the life-size database ${lifeFile} (npm run bench:data)…`);
  fs.mkdirSync(path.dirname(lifeFile), { recursive: true });
  await run("npx", ["tsx", "--conditions=react-server", "scripts/bench-data.ts", lifeFile, ...(quick ? ["--scale", "0.02"] : [])]);
}
const floor = await serveFloor(port + 1);
let seed: Dataset;
let life: Dataset;
try {
  seed = await bench("seed", undefined, floor.base);
  life = await bench("life", lifeFile, floor.base);
} finally {
  floor.stop();
  fs.rmSync(MARKUP_DIR, { recursive: true, force: true });
}

const pad = (v: string | number, n: number) => String(v).padStart(n);
const all = [...seed.rows.values(), ...life.rows.values()];
const floorRps = all.reduce((s, r) => s + r.floor.rps, 0) / Math.max(1, all.length);
const floorP99 = [...life.rows.values()].reduce((s, r) => s + r.floor.p99, 0) / Math.max(1, life.rows.size);
console.log(
  `\nbench:http  ${quick ? "quick" : `${duration} s`} per page, ${connections} connections; seed database and ${path.relative(REPO, lifeFile)} (life size); floor: a bare Next.js page of 50 rows, ${floorRps.toFixed(0)} req/s, p99 ${floorP99.toFixed(0)} ms on average`,
);
console.log(
  `${"page".padEnd(30)} ${pad("seed r/s", 9)} ${pad("x floor", 8)} ${pad("life r/s", 9)} ${pad("x floor", 8)} ${pad("p99 ms", 7)} ${pad("x fl p99", 9)} ${pad("HTML kB", 8)} ${pad("deep/p1", 8)} ${pad("JS kB gz", 9)} ${pad("bare x fl", 10)}  flags`,
);
let failed = false;
const flagged = { bound: [] as string[], slow: [] as string[], p99: [] as string[], html: [] as string[], deep: [] as string[], js: [] as string[] };
for (const page of life.order) {
  const s = seed.rows.get(page.name);
  const l = life.rows.get(page.name)!;
  const ratio = l.rps / l.floor.rps;
  const p99Ratio = l.p99 / Math.max(1, l.floor.p99);
  const deep = life.deep.get(page.name);
  const flags = [
    ratio < 0.4 || (s && s.rps / s.floor.rps < 0.4) ? (flagged.slow.push(page.name), "r/s") : "",
    p99Ratio > 4 ? (flagged.p99.push(page.name), "p99") : "",
    l.bytes > HTML_LIMIT ? (flagged.html.push(page.name), "html") : "",
    deep !== undefined && deep > 2 ? (flagged.deep.push(page.name), "deep") : "",
    l.js > JS_LIMIT ? (flagged.js.push(page.name), "js") : "",
  ].filter(Boolean);
  for (const r of [s, l]) if (r && (r.status !== 200 || r.non2xx > 0)) failed = true;
  if (l.bare && l.bare.non2xx > 0) failed = true;
  const bareRatio = l.bare ? l.bare.rps / l.floor.rps : undefined;
  if (bareRatio !== undefined && bareRatio < 0.4) flagged.bound.push(page.name);
  console.log(
    `${page.name.padEnd(30)} ${pad(s ? s.rps.toFixed(0) : "", 9)} ${pad(s ? (s.rps / s.floor.rps).toFixed(2) : "", 8)} ${pad(l.rps.toFixed(0), 9)} ${pad(ratio.toFixed(2), 8)} ${pad(l.p99, 7)} ${pad(p99Ratio.toFixed(1), 9)} ${pad((l.bytes / 1024).toFixed(1), 8)} ${pad(deep === undefined ? "" : deep.toFixed(2), 8)} ${pad((l.js / 1024).toFixed(1), 9)} ${pad(bareRatio === undefined ? "" : bareRatio.toFixed(2), 10)}  ${flags.length ? `!${flags.join(",")}` : ""}${[s, l].some((r) => r && (r.status !== 200 || r.non2xx)) ? `  (status ${s?.status}/${l.status}, ${(s?.non2xx ?? 0) + l.non2xx} not 2xx)` : ""}`,
  );
}
const list = (names: string[]) => (names.length ? names.join(", ") : "none");
console.log(`under 0.4x the floor's req/s: ${list(flagged.slow)}`);
console.log(
  `bare x fl: the page's HTML body (its markup, without scripts) rendered by a bare Next.js page beside the floor (no Taawun code, data, session, proxy or layout), req/s over the floor's: what any page of that markup can serve with this Next.js and React. Under 0.4x: ${list(flagged.bound)}`,
);
console.log(`p99 over 4x the floor's: ${list(flagged.p99)}; HTML over 300 kB: ${list(flagged.html)}; deep pages over 2x page 1: ${list(flagged.deep)}; first-load JS over 200 kB gzip: ${list(flagged.js)}`);
const memoryLine = (d: Dataset) => (d.memory ? `RSS ${mb(d.memory.rss)} MB, heap used ${mb(d.memory.heapUsed)} MB` : "not sampled");
console.log(`server memory after the run: seed ${memoryLine(seed)}; life size ${memoryLine(life)}`);
if (seed.memory && life.memory) console.log(`life size / seed: RSS ${(life.memory.rss / seed.memory.rss).toFixed(2)}x, heap used ${(life.memory.heapUsed / seed.memory.heapUsed).toFixed(2)}x`);

console.log("");
await run("npx", ["tsx", "--conditions=react-server", "scripts/bench-search.ts", lifeFile, quick ? "5" : "50"]);
process.exit(failed ? 1 : 0);
