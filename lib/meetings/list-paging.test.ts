/**
 * The meetings list past 1,000 meetings, against a real SQLite file: without a search it says how
 * many meetings there are and pages through all of them (its last page holds the oldest, in the
 * list's order); only a search stops counting at MEETINGS_SEARCH_CAP and says there are more.
 * (Before, every list stopped at 50 pages and said "1,000 records" for any number of meetings.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { openSeededDatabase } from "@/tests/helpers/seeded-db";

const { fetchMeetingsPage, MEETINGS_PAGE_SIZE, MEETINGS_SEARCH_CAP } = await import("./queries");
const { meetingFiltersSchema } = await import("./schema");
const { forgetCachedReads } = await import("@/lib/cache/read-cache");

let database: ReturnType<typeof openSeededDatabase>;
let staff: SessionUser;

beforeAll(() => {
  database = openSeededDatabase("meetings-list-paging");
  staff = database.accounts.staff;
  const sqlite = database.db.$client;
  // 1,650 more meetings, one a day back from 2020, two in three in Spain (1,100: past the cap too).
  const insert = sqlite.prepare("insert into meetings (starts_on, kind, country_code, topics) values (?, 'working_meeting', ?, ?)");
  sqlite.transaction(() => {
    for (let i = 0; i < 1650; i += 1) {
      const day = new Date(Date.UTC(2020, 0, 1) - i * 86_400_000).toISOString().slice(0, 10);
      insert.run(day, i % 3 === 0 ? "BE" : "ES", `لقاء رقم ${i}`);
    }
  })();
  forgetCachedReads();
});
afterAll(() => database.cleanup());

const page = (filters: Record<string, string>) => fetchMeetingsPage(staff, meetingFiltersSchema.parse(filters));
const live = (where = "1") =>
  database.db.$client.prepare(`select id from meetings where archived_at is null and ${where} order by starts_on desc, id desc`).pluck().all() as number[];

describe("meetings list past the search cap", () => {
  it("counts every meeting and pages to the oldest when nothing is searched", () => {
    const expected = live();
    expect(expected.length).toBeGreaterThan(MEETINGS_SEARCH_CAP);
    const first = page({});
    expect(first.capped).toBe(false);
    expect(first.total).toBe(expected.length);
    expect(first.pageCount).toBe(Math.ceil(expected.length / MEETINGS_PAGE_SIZE));
    const last = page({ page: String(first.pageCount) });
    expect(last.page).toBe(first.pageCount);
    expect(last.rows.map((r) => r.id)).toEqual(expected.slice((first.pageCount - 1) * MEETINGS_PAGE_SIZE));
    const beyondTheOldCap = page({ page: "51" });
    expect(beyondTheOldCap.page).toBe(51);
    expect(beyondTheOldCap.rows.map((r) => r.id)).toEqual(expected.slice(50 * MEETINGS_PAGE_SIZE, 51 * MEETINGS_PAGE_SIZE));
  });

  it("counts a filtered list in full too", () => {
    const spanish = live("country_code = 'ES'");
    expect(spanish.length).toBeGreaterThan(MEETINGS_SEARCH_CAP);
    const filtered = page({ country: "ES" });
    expect(filtered.capped).toBe(false);
    expect(filtered.total).toBe(spanish.length);
    expect(page({ country: "ES", page: String(filtered.pageCount) }).rows.map((r) => r.id)).toEqual(
      spanish.slice((filtered.pageCount - 1) * MEETINGS_PAGE_SIZE),
    );
  });
});
