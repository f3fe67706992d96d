/**
 * Shared pieces of the load commands (scripts/soak.ts, scripts/bench-http.ts): serving the
 * production build (scripts/serve.mjs) on a copy of a database, signing in over HTTP as a demo
 * user, calling a server action over HTTP as the browser does, and choosing the pages to visit.
 * Loopback only: every URL built here is http://127.0.0.1:<port>.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

export const REPO = path.resolve(import.meta.dirname, "..");
export const DEMO_PASSWORD = "taawun-demo";
export const DEMO = { admin: "admin@taawun.test", supervisor: "supervisor@taawun.test", staff: "staff@taawun.test", committee: "committee@taawun.test" } as const;
const SECRET = "load-test-only-secret-not-for-production-0123456789";

/** Reads `--name value` / `--flag` options. */
export function cliOptions(argv = process.argv.slice(2)) {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    value,
    number: (name: string, fallback: number) => {
      const v = Number(value(name));
      return Number.isFinite(v) && value(name) !== undefined ? v : fallback;
    },
    flag: (name: string) => argv.includes(`--${name}`),
  };
}

/** The build folder (NEXT_DIST_DIR or .next); throws when there is no production build. */
export function distDir(): string {
  const dir = path.resolve(REPO, process.env.NEXT_DIST_DIR || ".next");
  if (!fs.existsSync(path.join(dir, "BUILD_ID"))) throw new Error(`No production build in ${dir}: run \`npx next build\` first (this command builds nothing).`);
  return dir;
}

/**
 * A scratch copy of `source` (a consistent one, through SQLite's backup API) or, without a source,
 * a fresh seed database (migrations, the source page's records, the demo users). Returns its path.
 */
export async function scratchDatabase(source: string | undefined, label: string): Promise<string> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `taawun-${label}-`));
  const target = path.join(folder, "taawun.db");
  if (source) {
    const db = new Database(source, { readonly: true, fileMustExist: true });
    await db.backup(target);
    db.close();
    return target;
  }
  const env = { ...process.env, DATABASE_URL: target };
  for (const script of ["scripts/db-seed.ts", "scripts/demo-users.ts"]) {
    await new Promise<void>((resolve, reject) => {
      const child = spawn("npx", ["tsx", script], { cwd: REPO, env, stdio: ["ignore", "ignore", "inherit"] });
      child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${script} exited ${code}`))));
    });
  }
  return target;
}

/** One memory line of the server (bytes); liveAfterGc: heap used after the latest full collection. */
export type MemorySample = { at: number; rss: number; heapUsed: number; heapTotal: number; external: number; liveAfterGc: number };
export type ServedApp = {
  base: string;
  child: ChildProcess;
  memory: MemorySample[];
  admission: { inFlight: number; queued: number; refused: number; admitted: number }[];
  exited: () => { code: number | null; signal: NodeJS.Signals | null } | undefined;
  stop: () => Promise<void>;
  log: string[];
};

/**
 * Starts `node --max-old-space-size=<heapMb> scripts/serve.mjs` on 127.0.0.1:<port> over `database`,
 * with memory figures every `memoryEveryMs`; resolves once /api/health answers 200.
 */
export async function serve(options: { database: string; port: number; heapMb?: number; memoryEveryMs?: number; nodeArgs?: string[]; env?: Record<string, string> }): Promise<ServedApp> {
  distDir();
  const base = `http://127.0.0.1:${options.port}`;
  const nodeArgs = [...(options.heapMb ? [`--max-old-space-size=${options.heapMb}`] : []), ...(options.nodeArgs ?? [])];
  const child = spawn(process.execPath, [...nodeArgs, "scripts/serve.mjs", "-p", String(options.port), "-H", "127.0.0.1"], {
    cwd: REPO,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: options.database,
      AUTH_SECRET: SECRET,
      NEXTAUTH_URL: base,
      TAAWUN_MEMORY_LOG_MS: String(options.memoryEveryMs ?? 5000),
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const memory: MemorySample[] = [];
  const admission: ServedApp["admission"] = [];
  const log: string[] = [];
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  child.on("exit", (code, signal) => (exit = { code, signal }));
  const keep = (line: string) => {
    if (line.startsWith('{"memory"')) {
      const parsed = JSON.parse(line) as { memory: MemorySample; admission: ServedApp["admission"][number] };
      memory.push(parsed.memory);
      admission.push(parsed.admission);
    } else if (line.trim()) {
      log.push(line);
      if (log.length > 200) log.shift();
    }
  };
  for (const stream of [child.stdout!, child.stderr!]) {
    let rest = "";
    stream.on("data", (chunk: Buffer) => {
      const lines = (rest + chunk.toString("utf8")).split("\n");
      rest = lines.pop() ?? "";
      lines.forEach(keep);
    });
  }
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exit) throw new Error(`the server exited (${JSON.stringify(exit)}):\n${log.join("\n")}`);
    if (Date.now() > deadline) throw new Error(`the server did not answer /api/health in 120 s:\n${log.join("\n")}`);
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  const stop = async () => {
    if (exit) return;
    child.kill("SIGTERM");
    const until = Date.now() + 15_000;
    while (!exit && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    if (!exit) child.kill("SIGKILL");
  };
  return { base, child, memory, admission, exited: () => exit, stop, log };
}

/** Signs in through next-auth's credentials endpoint; returns the Cookie header of the session. */
export async function signIn(base: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar, origin: base },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: `${base}/` }),
  });
  await response.arrayBuffer();
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0] ?? "").find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in as ${email} failed (${response.status})`);
  return session;
}

/** The id of server action `exportedName` of module `file` (repo-relative) in the build's manifest. */
export function serverActionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir(), "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.exportedName === exportedName && entry.filename?.replace(/\\/g, "/").endsWith(file)) return id;
  }
  throw new Error(`server action ${exportedName} of ${file} is not in the build`);
}

/**
 * Calls a server action as the browser does (POST to the page with the Next-Action header and
 * the arguments as JSON) and returns the status and the action's returned value (parsed from the
 * RSC answer), or undefined when none could be read.
 */
export async function callServerAction(base: string, pagePath: string, actionId: string, args: unknown[], cookie: string): Promise<{ status: number; result: unknown }> {
  const response = await fetch(`${base}${pagePath}`, {
    method: "POST",
    headers: { "next-action": actionId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", cookie, origin: base },
    body: JSON.stringify(args),
    redirect: "manual",
  });
  const text = await response.text();
  let result: unknown;
  // The RSC answer: `0:{"a":"$@1",...}` then `1:<the value>` (one row per line).
  for (const line of text.split("\n")) {
    const match = /^1:(\{.*\})$/.exec(line);
    if (match) {
      try {
        result = JSON.parse(match[1]!);
      } catch {
        result = undefined;
      }
      break;
    }
  }
  return { status: response.status, result };
}

export type PageKind = { name: string; path: string; as: keyof typeof DEMO };

/**
 * The pages a reader visits, with real ids from `database`: every list (page 1 and a deep page),
 * detail pages, a country profile, the dashboards of each role, searches.
 */
export function pagesOf(database: string): { pages: PageKind[]; deepPairs: [string, string][] } {
  const db = new Database(database, { readonly: true, fileMustExist: true });
  const one = (sql: string) => (db.prepare(sql).get() as { v: number | string } | undefined)?.v;
  const count = (table: string) => Number(one(`select count(*) as v from ${table} where archived_at is null`) ?? 0);
  const lastPage = (table: string, size: number) => Math.max(1, Math.min(Math.ceil(count(table) / size), 100_000) - 1);
  const deepPage = { meetings: lastPage("meetings", 20), people: lastPage("people", 25), organisations: lastPage("organisations", 25), projects: lastPage("projects", 20), agreements: lastPage("agreements", 25) };
  const deep = (table: keyof typeof deepPage, _size: number) => deepPage[table];
  const meeting = one(`select max(id) as v from meetings where archived_at is null`);
  const person = one(`select p.id as v from people p join meeting_counterparts c on c.person_id = p.id where p.archived_at is null group by p.id order by count(*) desc limit 1`);
  const organisation = one(`select organisation_id as v from meeting_counterparts where organisation_id is not null group by organisation_id order by count(*) desc limit 1`);
  const project = one(`select p.id as v from projects p join activities a on a.project_id = p.id where p.archived_at is null group by p.id order by count(*) desc limit 1`);
  const agreement = one(`select max(id) as v from agreements where archived_at is null`);
  const country = one(`select country_code as v from meetings where country_code is not null group by country_code order by count(*) desc limit 1`) ?? "ES";
  db.close();
  const pages: PageKind[] = [
    { name: "login (anonymous)", path: "/login", as: "staff" },
    { name: "home: staff", path: "/", as: "staff" },
    { name: "home: supervisor (dashboard)", path: "/", as: "supervisor" },
    { name: "home: admin", path: "/", as: "admin" },
    { name: "home: committee", path: "/", as: "committee" },
    { name: "meetings p1", path: "/meetings", as: "staff" },
    { name: "meetings deep", path: `/meetings?page=${deep("meetings", 20)}`, as: "staff" },
    { name: "meetings search", path: `/meetings?q=${encodeURIComponent("الهجرة")}`, as: "staff" },
    { name: "meeting detail", path: `/meetings/${meeting}`, as: "staff" },
    { name: "meeting new (form)", path: "/meetings/new", as: "staff" },
    { name: "people p1", path: "/people", as: "staff" },
    { name: "people deep", path: `/people?page=${deep("people", 25)}`, as: "staff" },
    { name: "person detail", path: `/people/${person}`, as: "staff" },
    { name: "organisations p1", path: "/organisations", as: "staff" },
    { name: "organisations deep", path: `/organisations?page=${deep("organisations", 25)}`, as: "staff" },
    { name: "organisation detail", path: `/organisations/${organisation}`, as: "staff" },
    { name: "projects p1", path: "/projects", as: "staff" },
    { name: "projects deep", path: `/projects?page=${deep("projects", 20)}`, as: "staff" },
    { name: "project detail", path: `/projects/${project}`, as: "staff" },
    { name: "agreements p1", path: "/agreements", as: "staff" },
    { name: "agreements deep", path: `/agreements?page=${deep("agreements", 25)}`, as: "staff" },
    { name: "agreement detail", path: `/agreements/${agreement}`, as: "staff" },
    { name: "country profile", path: `/countries/${country}`, as: "staff" },
    { name: "countries", path: "/countries", as: "staff" },
    { name: "calendar (this month)", path: "/calendar", as: "staff" },
    { name: "bulk review (committee)", path: "/review", as: "committee" },
    { name: "validation queue", path: "/validation", as: "supervisor" },
    { name: "data quality", path: "/data-quality", as: "supervisor" },
    // A signed-in page with nothing of its own (a sentence and a link): what the proxy, the
    // layouts and the header cost before any content, the ceiling of every other page's ratio.
    { name: "signed-in shell (reference)", path: "/not-allowed", as: "staff" },
    { name: "health check (route)", path: "/api/health", as: "staff" },
  ];
  const deepPairs: [string, string][] = [
    ["meetings p1", "meetings deep"],
    ["people p1", "people deep"],
    ["organisations p1", "organisations deep"],
    ["projects p1", "projects deep"],
    ["agreements p1", "agreements deep"],
  ];
  return { pages, deepPairs };
}

/** A meeting the soak's writers record (as the form sends it, with a fresh idempotency key): unique by its topics (`marker`). */
export function soakMeeting(marker: string, personId: number) {
  return {
    idempotencyKey: randomUUID().replace(/-/g, ""),
    datePrecision: "day",
    startsOn: "2026-03-14",
    endsOn: "",
    kind: "working_meeting",
    countryCode: "",
    city: "Rabat",
    venue: "",
    eventEditionId: "",
    topics: marker,
    outcome: "",
    counterparts: [{ personId: String(personId), newPersonName: "", newPersonTransliteration: "", titleAtMeeting: "" }],
    followUps: [],
  };
}

export const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
