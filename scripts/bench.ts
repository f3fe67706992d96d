/**
 * `npm run bench [meetings]`: how the meetings list's reads scale. Builds a temporary SQLite file
 * with the source page's records plus N synthetic meetings (default 20,000, each with two
 * counterparts), then times the list queries the /meetings page runs (no filter, Arabic search,
 * date range, country) and prints median / p95 in milliseconds and the process's memory.
 * It prints figures; it asserts nothing.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { closeDb, getDb, migrateDatabase } from "@/db/client";
import { meetingCounterparts, meetings, people } from "@/db/schema";
import { seedCountries } from "@/db/seed/countries";
import { seedSourceRecords } from "@/db/seed/load";
import type { SessionUser } from "@/lib/auth/session";
import { forgetCachedReads } from "@/lib/cache/read-cache";
import { fetchMeetingsPage } from "@/lib/meetings/queries";
import { meetingFiltersSchema } from "@/lib/meetings/schema";
import { refreshMeetingSearchText } from "@/lib/meetings/search-text";

const total = Number(process.argv[2] ?? 20_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "taawun-bench-"));
process.env.DATABASE_URL = path.join(dir, "bench.db");
const db = getDb();
migrateDatabase(db);
seedCountries(db);
seedSourceRecords(db);

const titles = ["وزير الداخلية", "سفيرة المملكة", "كاتب الدولة المكلف بالهجرة", "رئيس البرلمان", "Directeur général"];
const countries = ["ES", "BE", "DE", "FR", "IT", "NL", "SN", "CI", "ML", "AE", "QA", "CA"];
const topics = ["تدبير الهجرة", "الإدماج الاقتصادي", "حماية حقوق المهاجرين", "التعاون جنوب-جنوب", "الاستثمار"];

let started = performance.now();
db.transaction((tx) => {
  for (let i = 0; i < total; i += 1) {
    const year = 2010 + (i % 16);
    const month = String(1 + (i % 12)).padStart(2, "0");
    const day = String(1 + (i % 28)).padStart(2, "0");
    const { id } = tx
      .insert(meetings)
      .values({
        startsOn: i % 10 === 0 ? `${year}-${month}` : `${year}-${month}-${day}`,
        kind: "working_meeting",
        countryCode: countries[i % countries.length]!,
        topics: `${topics[i % topics.length]} ${i}`,
        validationStatus: "validated",
      })
      .returning({ id: meetings.id })
      .get();
    for (let c = 0; c < 2; c += 1) {
      const person = tx.insert(people).values({ name: `شخص ${i}-${c}` }).returning({ id: people.id }).get();
      tx.insert(meetingCounterparts).values({ meetingId: id, personId: person.id, titleAtMeeting: titles[(i + c) % titles.length]!, position: c }).run();
    }
    refreshMeetingSearchText(tx, id);
  }
});
console.log(`Built ${total.toLocaleString("en")} synthetic meetings in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const reader: SessionUser = { id: 1, email: "bench@taawun.test", name: "bench", role: "staff", locale: "ar", mustChangePassword: false };
const scenarios: Record<string, Record<string, string>> = {
  "list, page 1": {},
  "list, page 200": { page: "200" },
  "search «الإدماج»": { q: "الإدماج" },
  "search «وزير الداخليه» (two words)": { q: "وزير الداخليه" },
  "date range 2018": { from: "2018-01-01", to: "2018-12-31" },
  "country ES + search": { country: "ES", q: "الهجرة" },
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

console.log("\nscenario                                   median ms    p95 ms   rows   total");
for (const [name, raw] of Object.entries(scenarios)) {
  const filters = meetingFiltersSchema.parse(raw);
  const times: number[] = [];
  let result = fetchMeetingsPage(reader, filters);
  for (let run = 0; run < 30; run += 1) {
    forgetCachedReads(); // the database's cost, as after a write (a page is kept until the next one)
    started = performance.now();
    result = fetchMeetingsPage(reader, filters);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(42)} ${percentile(times, 50).toFixed(2).padStart(9)} ${percentile(times, 95).toFixed(2).padStart(9)} ${String(result.rows.length).padStart(6)} ${String(result.total).padStart(7)}`,
  );
}
const memory = process.memoryUsage();
console.log(`\nmemory: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`);
console.log(`database file: ${(fs.statSync(process.env.DATABASE_URL).size / 2 ** 20).toFixed(1)} MiB`);
closeDb();
fs.rmSync(dir, { recursive: true, force: true });
