/**
 * The queue reads each table along its own partial index and merges them (issue #9): its pages,
 * one after the other, must give exactly the order of one plain query over every table (oldest
 * change first, then type, then id), with the total beside them; sent-back rows apart.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { openSeededDatabase } from "@/tests/helpers/seeded-db";

const { fetchValidationQueue, countAwaitingValidation, VALIDATION_QUEUE_LIMIT } = await import("./queries");
const { forgetCachedReads } = await import("@/lib/cache/read-cache");

let database: ReturnType<typeof openSeededDatabase>;
let supervisor: SessionUser;

beforeAll(() => {
  database = openSeededDatabase("queue-order");
  supervisor = database.accounts.supervisor;
  const sqlite = database.db.$client;
  // Spread waiting rows over four tables with interleaved change times (some equal across tables).
  let n = 0;
  for (const table of ["people", "organisations", "meetings", "activities"]) {
    const ids = sqlite.prepare(`select id from ${table} order by id limit 25`).pluck().all() as number[];
    for (const id of ids) {
      n += 1;
      const status = n % 7 === 0 ? "sent_back" : n % 2 ? "new" : "edited";
      const at = `2026-01-${String((n % 20) + 1).padStart(2, "0")}T10:00:00.000Z`;
      sqlite.prepare(`update ${table} set validation_status = ?, updated_at = ? where id = ?`).run(status, at, id);
    }
  }
  forgetCachedReads();
});
afterAll(() => database.cleanup());

/** The reference: every waiting live row of the four tables, ordered as the queue promises. */
function reference(statuses: string[]) {
  const list = statuses.map((s) => `'${s}'`).join(", ");
  return (
    database.db.$client
      .prepare(
        `select entity_type || ':' || id as k from (
          select 'person' as entity_type, id, updated_at from people where archived_at is null and merged_into_id is null and validation_status in (${list})
          union all select 'organisation', id, updated_at from organisations where archived_at is null and merged_into_id is null and validation_status in (${list})
          union all select 'meeting', id, updated_at from meetings where archived_at is null and validation_status in (${list})
          union all select 'activity', a.id, a.updated_at from activities a join projects p on p.id = a.project_id
            where a.archived_at is null and p.archived_at is null and a.validation_status in (${list})
          union all select 'project', id, updated_at from projects where archived_at is null and validation_status in (${list})
          union all select 'agreement', id, updated_at from agreements where archived_at is null and validation_status in (${list}))
        order by updated_at asc, entity_type, id`,
      )
      .pluck()
      .all() as string[]
  );
}

describe("the validation queue at any size", () => {
  it("pages through every waiting record in one order across tables, with the total", () => {
    const expected = reference(["new", "edited"]);
    expect(expected.length).toBeGreaterThan(VALIDATION_QUEUE_LIMIT * 2);
    const first = fetchValidationQueue(supervisor, { status: "waiting" });
    expect(first.total).toBe(expected.length);
    const seen: string[] = [];
    for (let page = 1; page <= first.pageCount; page += 1) {
      seen.push(...fetchValidationQueue(supervisor, { status: "waiting", page }).rows.map((r) => `${r.entityType}:${r.id}`));
    }
    expect(seen).toEqual(expected);
    const counts = countAwaitingValidation(supervisor);
    expect(Object.values(counts).reduce((a, b) => a + (b ?? 0), 0)).toBe(expected.length);
  });

  it("lists the sent-back records apart, in the same order", () => {
    const expected = reference(["sent_back"]);
    expect(expected.length).toBeGreaterThan(5);
    const queue = fetchValidationQueue(supervisor, { status: "sent_back" });
    expect(queue.total).toBe(expected.length);
    expect(queue.rows.map((r) => `${r.entityType}:${r.id}`)).toEqual(expected.slice(0, VALIDATION_QUEUE_LIMIT));
  });

  it("names a meeting by its first counterpart", () => {
    const meeting = fetchValidationQueue(supervisor, { status: "waiting", type: "meeting" }).rows[0]!;
    const first = database.db.$client
      .prepare(`select p.name from meeting_counterparts mc join people p on p.id = mc.person_id where mc.meeting_id = ? order by mc.position, mc.id limit 1`)
      .pluck()
      .get(meeting.id);
    expect(meeting.nameAr).toBe(first ?? null);
  });
});
