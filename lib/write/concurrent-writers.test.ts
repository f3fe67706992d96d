/**
 * Another process writing to the same database file (the notification job, an import script, a
 * second server) never makes a save fail: the write path takes the write lock when its transaction
 * begins (BEGIN IMMEDIATE, waiting up to the busy timeout), so no other writer can commit between
 * what a mutation reads and what it writes. A deferred transaction would fail there with
 * SQLITE_BUSY_SNAPSHOT, which the busy timeout does not wait out, and the user would read "the save
 * failed".
 */
import Database from "better-sqlite3";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { count } from "drizzle-orm";
import { auditLog } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { actionTestFixture } from "@/tests/helpers/action-fixture";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { runMutation } = await import("./run-mutation");
const fixture = actionTestFixture("concurrent-writers", session);

describe("a save while another process writes", () => {
  it("holds the write lock from its first read: the other writer waits, the save commits", async () => {
    const other = new Database(process.env.DATABASE_URL!);
    other.pragma("busy_timeout = 0");
    const insertByOther = other.prepare("insert into audit_log (at, user_id, action, entity_type, entity_id) values (?, ?, 'update', 'organisation', 1)");
    let otherWriter: "committed" | "waited" | undefined;
    const result = await runMutation({
      action: "update",
      resource: "organisation",
      schema: z.object({}),
      input: {},
      write: ({ tx, user, now }) => {
        const before = tx.select({ n: count() }).from(auditLog).get()!.n;
        // Between this read and the write below, another process tries to commit.
        try {
          insertByOther.run(now, user.id);
          otherWriter = "committed";
        } catch (error) {
          expect((error as { code?: string }).code).toBe("SQLITE_BUSY");
          otherWriter = "waited";
        }
        tx.insert(auditLog).values({ at: now, userId: user.id, action: "update", entityType: "organisation", entityId: 2, changes: { before } }).run();
        return { before };
      },
    });
    expect(result).toEqual({ ok: true, data: { before: 0 } });
    expect(otherWriter).toBe("waited");
    // Once the save is done, the other process writes as usual.
    insertByOther.run(new Date().toISOString(), fixture.staff.id);
    other.close();
    expect(fixture.db.select({ n: count() }).from(auditLog).get()!.n).toBe(2);
  });
});
