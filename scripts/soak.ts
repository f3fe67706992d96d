/**
 * `npm run soak -- [--minutes 10] [--users 150] [--writers N] [--db file.db] [--port 3206] [--heap 512]
 *                  [--every 30] [--snapshot-at M] [--keep]`
 *
 * A soak test of the production build (it builds nothing: run `npx next build` first). It serves
 * the build with scripts/serve.mjs under `node --max-old-space-size=<heap>` on a scratch copy of
 * `--db` (default: a fresh seed database with the demo users), on 127.0.0.1 only, then for
 * `--minutes` drives `--users` simulated users at once, each signed in as a demo user:
 * - readers (users − writers) loop over every page kind (lists, deep pages, detail pages, profiles,
 *   each role's home, search), reading each answer to the end;
 * - writers (default a tenth) record meetings through the real server action (createMeeting, called
 *   over HTTP as the meeting form does), each with a unique marker in its topics.
 * A 503 is honoured (the user waits Retry-After, then goes on); no request is retried.
 * Every `--every` seconds it prints the server's RSS and V8 heap, requests, errors by status and
 * the admission queue. Afterwards it stops the server, reopens the database and checks that every
 * acknowledged write (an action that answered ok with an id) is there with its marker.
 * `--snapshot-at M` writes a V8 heap snapshot of the server after M minutes (SIGUSR2, into the
 * scratch folder). Exits 1 when the server died, a 5xx other than 503 came back, or a write is missing.
 */
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { callServerAction, cliOptions, DEMO, mb, pagesOf, scratchDatabase, serve, serverActionId, signIn, soakMeeting, type PageKind } from "./load-kit";

const cli = cliOptions();
const minutes = cli.number("minutes", 10);
const users = Math.max(1, Math.round(cli.number("users", 150)));
const writers = Math.min(users, Math.round(cli.number("writers", Math.max(1, Math.round(users / 10)))));
const port = cli.number("port", 3206);
const heapMb = cli.number("heap", 512);
const everySeconds = cli.number("every", 30);
const snapshotAt = cli.value("snapshot-at") === undefined ? undefined : cli.number("snapshot-at", 0);
if (minutes <= 0 || minutes > 240) throw new Error("--minutes must be between 0 and 240");
if (users > 2000) throw new Error("--users must be at most 2000");

const database = await scratchDatabase(cli.value("db"), "soak");
const { pages } = pagesOf(database);
const seedDb = new Database(database, { readonly: true });
const personIds = (seedDb.prepare(`select id from people where archived_at is null order by id limit 200`).all() as { id: number }[]).map((r) => r.id);
seedDb.close();
const createMeetingId = serverActionId("lib/meetings/actions.ts", "createMeeting");

console.log(`soak: ${minutes} min, ${users} users (${writers} writing), heap limit ${heapMb} MB, database ${database}`);
const app = await serve({ database, port, heapMb, memoryEveryMs: 5000, nodeArgs: ["--heapsnapshot-signal=SIGUSR2", `--diagnostic-dir=${path.dirname(database)}`] });

const statuses = new Map<string, number>();
const count = (key: string) => statuses.set(key, (statuses.get(key) ?? 0) + 1);
let requests = 0;
const latencies: number[] = [];
const acknowledged: { marker: string; id: number }[] = [];
let writesRefused = 0;
const runId = `soak-${Date.now().toString(36)}`;
const started = performance.now();
const deadline = started + minutes * 60_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Sign in every user, a few at a time (argon2 is deliberately slow).
const cookies = new Map<string, string>();
async function cookieFor(role: keyof typeof DEMO, user: number): Promise<string> {
  const key = `${role}:${user}`;
  let cookie = cookies.get(key);
  while (!cookie) {
    try {
      cookie = await signIn(app.base, DEMO[role]);
      cookies.set(key, cookie);
    } catch (error) {
      count("sign-in failed");
      if (performance.now() > deadline) throw error;
      await sleep(1000);
    }
  }
  return cookie;
}

async function timed(run: () => Promise<Response>): Promise<number> {
  const t0 = performance.now();
  try {
    const response = await run();
    await response.arrayBuffer();
    latencies.push(performance.now() - t0);
    requests += 1;
    count(String(response.status));
    if (response.status === 503) await sleep(Number(response.headers.get("retry-after") ?? 1) * 1000);
    return response.status;
  } catch (error) {
    requests += 1;
    count(`network: ${(error as Error).cause ? String((error as { cause: { code?: string } }).cause.code) : (error as Error).message}`);
    await sleep(1000);
    return 0;
  }
}

async function reader(user: number) {
  const roles: (keyof typeof DEMO)[] = ["staff", "supervisor", "admin", "committee"];
  const role = roles[user % roles.length]!;
  // Staff, supervisors and administrators read everything; a committee member reads its home and its projects.
  const own = role === "committee" ? pages.filter((p) => p.as === "committee" || p.path === "/projects") : pages.filter((p) => p.as === role || p.as === "staff");
  const cookie = await cookieFor(role, user);
  let i = user;
  while (performance.now() < deadline) {
    const page: PageKind = own[i++ % own.length]!;
    await timed(() => fetch(`${app.base}${page.path}`, { headers: page.path === "/login" ? {} : { cookie }, redirect: "manual" }));
  }
}

async function writer(user: number) {
  const cookie = await cookieFor("staff", user);
  let n = 0;
  while (performance.now() < deadline) {
    const marker = `${runId}-${user}-${n++}`;
    const t0 = performance.now();
    try {
      const { status, result } = await callServerAction(app.base, "/meetings/new", createMeetingId, [soakMeeting(marker, personIds[n % personIds.length]!)], cookie);
      latencies.push(performance.now() - t0);
      requests += 1;
      count(`write ${status}`);
      const answer = result as { ok?: boolean; data?: { id?: number } } | undefined;
      if (status === 200 && answer?.ok && typeof answer.data?.id === "number") acknowledged.push({ marker, id: answer.data.id });
      else writesRefused += 1;
      if (status === 503) await sleep(1000);
    } catch {
      requests += 1;
      count("write network error");
      await sleep(1000);
    }
    // Then the meeting list, as the form's redirect does.
    await timed(() => fetch(`${app.base}/meetings`, { headers: { cookie }, redirect: "manual" }));
  }
}

const lastOf = <T>(list: T[]) => list[list.length - 1];
function report(label: string) {
  const m = lastOf(app.memory);
  const a = lastOf(app.admission);
  const elapsed = ((performance.now() - started) / 60_000).toFixed(1);
  const byStatus = [...statuses].sort().map(([k, v]) => `${k}:${v}`).join(" ");
  console.log(
    `${label.padEnd(6)} t=${elapsed.padStart(5)} min  rss ${m ? mb(m.rss) : "?"} MB  heap ${m ? mb(m.heapUsed) : "?"}/${m ? mb(m.heapTotal) : "?"} MB (live after GC ${m ? mb(m.liveAfterGc) : "?"})  ` +
      `requests ${requests}  writes ok ${acknowledged.length}  in flight ${a?.inFlight ?? "?"} queued ${a?.queued ?? "?"}  [${byStatus}]`,
  );
}
const ticker = setInterval(() => report("soak"), everySeconds * 1000);
let snapshotFile: string | undefined;
const snapshotTimer =
  snapshotAt === undefined
    ? undefined
    : setTimeout(() => {
        app.child.kill("SIGUSR2");
        snapshotFile = path.dirname(database);
        console.log(`heap snapshot requested (SIGUSR2) into ${snapshotFile}`);
      }, snapshotAt * 60_000);

await Promise.all(Array.from({ length: users }, (_, user) => (user < writers ? writer(user) : reader(user))));
clearInterval(ticker);
if (snapshotTimer) clearTimeout(snapshotTimer);
report("end");
const died = app.exited();
await app.stop();

// Every acknowledged write must be in the database, with its marker.
const check = new Database(database, { readonly: true });
const find = check.prepare(`select topics from meetings where id = ?`);
const missing = acknowledged.filter(({ marker, id }) => (find.get(id) as { topics: string } | undefined)?.topics !== marker);
const stored = Number((check.prepare(`select count(*) as n from meetings where topics like ?`).get(`${runId}-%`) as { n: number }).n);
check.close();

// RSS after warm-up: the first third of the run is warm-up; compare the rest's first and last minutes.
const samples = app.memory;
const afterWarmUp = samples.filter((s) => s.at >= samples[0]!.at + (minutes * 60_000) / 3);
const window = (list: typeof samples) => list.reduce((sum, s) => sum + s.rss, 0) / Math.max(1, list.length);
const perMinute = Math.max(1, Math.round(60_000 / 5000));
const early = window(afterWarmUp.slice(0, perMinute));
const late = window(afterWarmUp.slice(-perMinute));
const liveEarly = afterWarmUp.slice(0, perMinute).reduce((m, s) => Math.max(m, s.liveAfterGc), 0);
const liveLate = afterWarmUp.slice(-perMinute).reduce((m, s) => Math.max(m, s.liveAfterGc), 0);
const peakRss = Math.max(...samples.map((s) => s.rss));
const peakHeap = Math.max(...samples.map((s) => s.heapUsed));
const sorted = [...latencies].sort((a, b) => a - b);
const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]?.toFixed(0) ?? "-";
const fiveXX = [...statuses].filter(([k]) => /(^| )5\d\d$/.test(k) && !k.endsWith("503")).reduce((s, [, v]) => s + v, 0);

console.log("\n== soak summary");
console.log(`server: ${died ? `DIED ${JSON.stringify(died)}` : "alive to the end"}; heap limit ${heapMb} MB`);
console.log(`requests: ${requests} in ${minutes} min (${(requests / (minutes * 60)).toFixed(1)}/s); latency p50 ${pct(50)} ms, p99 ${pct(99)} ms`);
console.log(`by status: ${[...statuses].sort().map(([k, v]) => `${k}: ${v}`).join(", ")}`);
console.log(`5xx other than 503: ${fiveXX}`);
console.log(`memory: peak RSS ${mb(peakRss)} MB, peak heap used ${mb(peakHeap)} MB; RSS after warm-up: first minute ${mb(early)} MB, last minute ${mb(late)} MB (${(((late - early) / early) * 100).toFixed(1)}%); heap live after full GC: ${mb(liveEarly)} MB then ${mb(liveLate)} MB`);
console.log(`writes: ${acknowledged.length} acknowledged, ${writesRefused} refused or unanswered, ${stored} stored with this run's marker, ${missing.length} acknowledged but missing`);
if (snapshotFile) console.log(`heap snapshot: ${fs.readdirSync(snapshotFile).filter((f) => f.endsWith(".heapsnapshot")).map((f) => path.join(snapshotFile!, f)).join(", ") || "none written"}`);
if (died) console.log(app.log.slice(-30).join("\n"));
// The scratch folder goes unless asked to keep it (--keep) or it holds a heap snapshot.
if (cli.flag("keep") || snapshotFile) console.log(`scratch database: ${database}`);
else fs.rmSync(path.dirname(database), { recursive: true, force: true });
process.exit(died || fiveXX > 0 || missing.length > 0 ? 1 : 0);
