/**
 * The projects and agreements lists at several pages (issue #9): their totals and counts per
 * status are kept until the next write (lib/cache/read-cache.ts), their pages are found along the
 * lists' order indexes (migration 0016). Against a real SQLite file: every page, one after the
 * other, gives exactly the order of one plain query, and a write by another connection (an import,
 * a second server) or through the app shows in the next read, with no stale total.
 */
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { openSeededDatabase } from "@/tests/helpers/seeded-db";

const { fetchProjectsPage, fetchProjectFilterOptions, PROJECTS_PAGE_SIZE } = await import("@/lib/projects/queries");
const { projectFiltersSchema } = await import("@/lib/projects/schema");
const { fetchAgreements, AGREEMENTS_PAGE_SIZE } = await import("@/lib/agreements/queries");
const { agreementFiltersSchema } = await import("@/lib/agreements/schema");
const { forgetCachedReads } = await import("@/lib/cache/read-cache");

let database: ReturnType<typeof openSeededDatabase>;
let staff: SessionUser;
let supervisor: SessionUser;
const today = "2026-06-15";

/** Copies every row of `table` `times` over (new ids), with `tweak` SQL applied to the copies' columns. */
function multiply(table: string, times: number, tweak: Record<string, string>) {
  const sqlite = database.db.$client;
  const columns = (sqlite.prepare(`select name from pragma_table_info('${table}')`).pluck().all() as string[]).filter((c) => c !== "id");
  const selected = columns.map((c) => tweak[c] ?? `"${c}"`).join(", ");
  for (let i = 1; i <= times; i += 1) {
    sqlite.prepare(`insert into ${table} (${columns.map((c) => `"${c}"`).join(", ")}) select ${selected.replaceAll("$i", String(i))} from ${table} where id <= (select min(id) + 9 from ${table})`).run();
  }
}

beforeAll(() => {
  database = openSeededDatabase("cached-totals");
  ({ staff, supervisor } = database.accounts);
  // Enough rows for several pages, with equal sort keys across copies (ties broken by id) and
  // some archived rows that no page may show.
  multiply("projects", 6, {
    planned_start: "case when $i % 3 = 0 then null else planned_start end",
    actual_start: "case when $i % 2 = 0 then actual_start else null end",
    archived_at: "case when $i = 4 then '2026-01-01T00:00:00.000Z' else archived_at end",
  });
  multiply("agreements", 8, {
    signed_on: "case when $i % 3 = 0 then null when $i % 3 = 1 then signed_on else '2019' end",
    archived_at: "case when $i = 5 then '2026-01-01T00:00:00.000Z' else archived_at end",
  });
  database.db.$client.pragma("optimize = 0x10002");
  forgetCachedReads();
});
afterAll(() => database.cleanup());

function allPages<T>(read: (page: number) => { rows: T[]; pageCount: number; total: number }) {
  const first = read(1);
  const rows = [...first.rows];
  for (let page = 2; page <= first.pageCount; page += 1) rows.push(...read(page).rows);
  return { rows, total: first.total, pageCount: first.pageCount };
}

describe("projects list", () => {
  const read = (user: SessionUser, page: number) => fetchProjectsPage(user, projectFiltersSchema.parse({ page: String(page) }), today);

  it("pages through every live project in the list's order, with the right total", () => {
    const expected = database.db.$client
      .prepare("select id from projects where archived_at is null order by partner_country_code, coalesce(planned_start, actual_start), id")
      .pluck()
      .all();
    const { rows, total, pageCount } = allPages((page) => read(staff, page));
    expect(expected.length).toBeGreaterThan(2 * PROJECTS_PAGE_SIZE);
    expect(rows.map((r) => r.id)).toEqual(expected);
    expect(total).toBe(expected.length);
    expect(pageCount).toBe(Math.ceil(expected.length / PROJECTS_PAGE_SIZE));
  });

  it("walks the order index rather than sorting", () => {
    const plan = database.db.$client
      .prepare(
        "explain query plan select id from projects where archived_at is null order by partner_country_code, coalesce(planned_start, actual_start), id limit 20 offset 40",
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(" | ")).toMatch(/USING (COVERING )?INDEX projects_live_order_idx/);
    expect(plan.map((p) => p.detail).join(" | ")).not.toMatch(/TEMP B-TREE/);
  });

  it("counts again after a write by another connection, and after an archive through the app's tables", () => {
    const before = read(staff, 1).total;
    const other = new Database(database.file);
    other.prepare("update projects set archived_at = '2026-02-01T00:00:00.000Z' where id = (select max(id) from projects where archived_at is null)").run();
    other.close();
    expect(read(staff, 1).total).toBe(before - 1);
    database.db.$client.prepare("update projects set archived_at = null where archived_at = '2026-02-01T00:00:00.000Z'").run();
    expect(read(staff, 1).total).toBe(before);
  });

  it("keeps a committee member's total to their own projects while others' totals are cached", () => {
    const { committee, otherCommittee } = database.accounts;
    const { recoming, recosa } = database.projectIds;
    // The first member sits on two steering committees, the other on one.
    database.db.$client.prepare("insert into steering_committee_memberships (user_id, project_id) values (?, ?)").run(committee.id, recosa);
    const staffTotal = read(staff, 1).total;
    expect(read(committee, 1).total).toBe(2);
    expect(read(otherCommittee, 1).total).toBe(1);
    expect(read(staff, 1).total).toBe(staffTotal);
    expect(read(committee, 1).rows.map((r) => r.id).sort()).toEqual([recoming, recosa].sort());
    expect(read(otherCommittee, 1).rows.map((r) => r.id)).toEqual([recosa]);
  });

  it("offers as filter choices the programmes of live projects, refreshed after a write", () => {
    const sqlite = database.db.$client;
    const programmeId = sqlite.prepare("select id from programmes where archived_at is null order by id limit 1").pluck().get() as number | undefined;
    if (programmeId === undefined) throw new Error("the seed has no programme");
    const before = fetchProjectFilterOptions(supervisor).programmes.map((p) => p.id);
    sqlite.prepare("update projects set programme_id = null where programme_id = ?").run(programmeId);
    expect(fetchProjectFilterOptions(supervisor).programmes.map((p) => p.id)).toEqual(before.filter((id) => id !== programmeId));
  });
});

describe("agreements list", () => {
  const read = (filters: Record<string, string>, page: number) => fetchAgreements(staff, agreementFiltersSchema.parse({ ...filters, page: String(page) }));

  it("pages through every live agreement, unsigned last and newest signed first, with counts that add up", () => {
    const expected = database.db.$client
      .prepare("select id from agreements where archived_at is null order by signed_on is null, signed_on desc, id desc")
      .pluck()
      .all();
    const { rows, total } = allPages((page) => read({}, page));
    expect(expected.length).toBeGreaterThan(2 * AGREEMENTS_PAGE_SIZE);
    expect(rows.map((r) => r.id)).toEqual(expected);
    expect(total).toBe(expected.length);
    const first = read({}, 1);
    expect(Object.values(first.counts).reduce((a, b) => a + b, 0)).toBe(total);
  });

  it("gives a status filter the total of that status, and the counts of every status beside it", () => {
    const all = read({}, 1);
    for (const [status, n] of Object.entries(all.counts)) {
      const filtered = read({ status }, 1);
      expect(filtered.total).toBe(n);
      expect(filtered.counts).toEqual(all.counts);
      expect(filtered.rows.every((r) => r.signingStatus === status)).toBe(true);
    }
  });

  it("counts again after a write", () => {
    const before = read({}, 1);
    const other = new Database(database.file);
    other.prepare("update agreements set archived_at = '2026-02-01T00:00:00.000Z' where id = (select max(id) from agreements where archived_at is null)").run();
    other.close();
    const after = read({}, 1);
    expect(after.total).toBe(before.total - 1);
    expect(Object.values(after.counts).reduce((a, b) => a + b, 0)).toBe(before.total - 1);
  });
});
