/**
 * `npm run bench:search -- <file.db> [runs]`: how long Arabic search takes at the database.
 * Runs the lists' own read functions (the page of 20 rows and its total) on a database written by
 * `npm run bench:data`, for a common word, a rare word, a word with no hit, a hamza variant (typed
 * without the hamza that is stored) and a two-letter word (too short for the trigram index: the
 * LIKE fallback), on meetings, and the common word on people, organisations, projects and
 * agreements. Every run is cold (the cache of totals is emptied first). Prints median and p95 in
 * milliseconds with the rows found; asserts nothing.
 */
import { performance } from "node:perf_hooks";
import { closeDb, getDb } from "@/db/client";
import { forgetCachedReads } from "@/lib/cache/read-cache";
import type { SessionUser } from "@/lib/auth/session";
import { fetchAgreements } from "@/lib/agreements/queries";
import { agreementFiltersSchema } from "@/lib/agreements/schema";
import { fetchMeetingsPage } from "@/lib/meetings/queries";
import { meetingFiltersSchema } from "@/lib/meetings/schema";
import { fetchOrganisationsPage } from "@/lib/organisations/queries";
import { organisationFiltersSchema } from "@/lib/organisations/schema";
import { fetchPeoplePage } from "@/lib/people/queries";
import { peopleFiltersSchema } from "@/lib/people/schema";
import { fetchProjectsPage } from "@/lib/projects/queries";
import { projectFiltersSchema } from "@/lib/projects/schema";
import { BENCH_WORDS } from "./bench-data";

const file = process.argv[2];
const runs = Number(process.argv[3] ?? 50);
if (!file) {
  console.error("usage: npm run bench:search -- <file.db> [runs]");
  process.exit(2);
}
process.env.DATABASE_URL = file;
getDb();

const reader: SessionUser = { id: 1, email: "bench@taawun.test", name: "bench", role: "supervisor", locale: "ar", mustChangePassword: false };

type Scenario = [name: string, run: () => { rows: unknown[]; total: number }];
const scenarios: Scenario[] = [
  [`meetings, common word «${BENCH_WORDS.common}»`, () => fetchMeetingsPage(reader, meetingFiltersSchema.parse({ q: BENCH_WORDS.common }))],
  [`meetings, rare word «${BENCH_WORDS.rare}»`, () => fetchMeetingsPage(reader, meetingFiltersSchema.parse({ q: BENCH_WORDS.rare }))],
  [`meetings, no hit «${BENCH_WORDS.none}»`, () => fetchMeetingsPage(reader, meetingFiltersSchema.parse({ q: BENCH_WORDS.none }))],
  [`meetings, hamza variant «${BENCH_WORDS.hamzaTyped}»`, () => fetchMeetingsPage(reader, meetingFiltersSchema.parse({ q: BENCH_WORDS.hamzaTyped }))],
  ["meetings, two words «وزير الداخليه»", () => fetchMeetingsPage(reader, meetingFiltersSchema.parse({ q: "وزير الداخليه" }))],
  ["meetings, short word «قط» (LIKE fallback)", () => fetchMeetingsPage(reader, meetingFiltersSchema.parse({ q: "قط" }))],
  ["people «العلوي»", () => fetchPeoplePage(reader, peopleFiltersSchema.parse({ q: "العلوي" }))],
  ["organisations «وزاره»", () => fetchOrganisationsPage(reader, organisationFiltersSchema.parse({ q: "وزاره" }), "ar")],
  ["projects «الادماج»", () => fetchProjectsPage(reader, projectFiltersSchema.parse({ q: "الادماج" }), "2026-12-01")],
  ["agreements «اتفاقيه»", () => { const rows = fetchAgreements(reader, agreementFiltersSchema.parse({ q: "اتفاقيه" })); return Array.isArray(rows) ? { rows, total: rows.length } : rows; }],
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
console.log(`Search at the database (${file}), ${runs} runs each, page of rows + total\n`);
console.log(`${"scenario".padEnd(46)} ${"median ms".padStart(10)} ${"p95 ms".padStart(8)} ${"rows".padStart(5)} ${"total".padStart(7)}`);
for (const [name, run] of scenarios) {
  let result = run();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    forgetCachedReads(); // cold: the total is counted again each time, as after a write
    const started = performance.now();
    result = run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(46)} ${percentile(times, 50).toFixed(2).padStart(10)} ${percentile(times, 95).toFixed(2).padStart(8)} ${String(result.rows.length).padStart(5)} ${String(result.total).padStart(7)}`,
  );
}
closeDb();
