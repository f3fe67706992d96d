/**
 * A record's History card is bounded (issue #9): the newest HISTORY_LIMIT entries, newest first,
 * with the count of all of them; a record with few entries gets them all. Against a real SQLite
 * file through the detail reads the pages use.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, meetings } from "@/db/schema";
import { openSeededDatabase } from "@/tests/helpers/seeded-db";

const { fetchAuditHistory, HISTORY_LIMIT } = await import("./history");
const { fetchMeeting } = await import("@/lib/meetings/queries");

let database: ReturnType<typeof openSeededDatabase>;
let busy: number;
let quiet: number;
const EXTRA = 45;

beforeAll(() => {
  database = openSeededDatabase("history-cap");
  const ids = database.db.select({ id: meetings.id }).from(meetings).limit(2).all().map((m) => m.id);
  [busy, quiet] = [ids[0]!, ids[1]!];
  // A meeting edited EXTRA times after its import, some in the same millisecond (ties broken by id).
  database.db
    .insert(auditLog)
    .values(
      Array.from({ length: EXTRA }, (_, i) => ({
        userId: database.accounts.staff.id,
        action: "update",
        entityType: "meeting",
        entityId: busy,
        at: `2030-03-${String(1 + Math.floor(i / 3)).padStart(2, "0")}T09:00:00.000Z`,
        changes: { topics: [`before ${i}`, `after ${i}`] },
      })),
    )
    .run();
});
afterAll(() => database.cleanup());

describe("fetchAuditHistory", () => {
  it("gives the newest HISTORY_LIMIT entries, newest first, and the count of all", () => {
    const all = database.db.$client
      .prepare("select id from audit_log where entity_type = 'meeting' and entity_id = ? order by at desc, id desc")
      .pluck()
      .all(busy) as number[];
    expect(all.length).toBeGreaterThan(HISTORY_LIMIT);
    const { history, historyTotal } = fetchAuditHistory("meeting", busy);
    expect(history.map((h) => h.id)).toEqual(all.slice(0, HISTORY_LIMIT));
    expect(historyTotal).toBe(all.length);
    expect(history[0]).toMatchObject({ action: "update", userName: "staff (test)" });
  });

  it("gives every entry of a record with few, and their number", () => {
    const { history, historyTotal } = fetchAuditHistory("meeting", quiet);
    expect(history.length).toBeLessThan(HISTORY_LIMIT);
    expect(historyTotal).toBe(history.length);
  });

  it("is what the meeting page reads", () => {
    const meeting = fetchMeeting(database.accounts.staff, busy)!;
    expect(meeting.history).toHaveLength(HISTORY_LIMIT);
    expect(meeting.historyTotal).toBe(fetchAuditHistory("meeting", busy).historyTotal);
  });

  it("reads the entries along the record's index, without sorting", () => {
    const plan = database.db.$client
      .prepare("explain query plan select id from audit_log where entity_type = 'meeting' and entity_id = ? order by at desc, id desc limit 20")
      .all(busy) as { detail: string }[];
    const details = plan.map((p) => p.detail).join(" | ");
    expect(details).toMatch(/audit_log_entity_idx/);
    expect(details).not.toMatch(/TEMP B-TREE/);
  });
});
