/**
 * The publishable mark through the write path, on a real seeded SQLite file: supervisors only,
 * a whole list in one versioned transaction (one stale record refuses the list, nothing is
 * half-marked), audited as "publish" / "unpublish" (and "validate" when the step validates).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import { auditLog, eventEditions, meetings } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { openSeededDatabase } from "@/tests/helpers/seeded-db";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { setPublishable } = await import("./actions");

let seeded: ReturnType<typeof openSeededDatabase>;
beforeAll(() => {
  seeded = openSeededDatabase("publishing");
});
afterAll(() => seeded.cleanup());

const rowsOf = (ids: number[]) => seeded.db.select().from(meetings).where(inArray(meetings.id, ids)).all();

describe("setPublishable", () => {
  it("marks a whole list at once, audited per record", async () => {
    const list = seeded.db.select({ id: meetings.id, version: meetings.version }).from(meetings).limit(5).all();
    session.current = seeded.accounts.supervisor;
    const result = await setPublishable({ entityType: "meeting", items: list, publishable: true, validate: true });
    expect(result).toEqual({ ok: true, data: { items: list.map((r) => ({ id: r.id, version: r.version + 1 })) } });
    expect(rowsOf(list.map((r) => r.id)).every((r) => r.publishable && r.validationStatus === "validated")).toBe(true);
    const audit = seeded.db.select().from(auditLog).where(and(eq(auditLog.entityType, "meeting"), eq(auditLog.action, "publish"))).all();
    expect(audit.map((a) => a.entityId).sort()).toEqual(list.map((r) => r.id).sort());
    expect(audit[0]!.userId).toBe(seeded.accounts.supervisor.id);
    expect(audit[0]!.changes).toEqual({ publishable: [false, true] });
  });

  it("validates an event edition staff recorded, in the same step", async () => {
    const edition = seeded.db.select().from(eventEditions).limit(1).get()!;
    seeded.db.update(eventEditions).set({ validationStatus: "new" }).where(eq(eventEditions.id, edition.id)).run();
    session.current = seeded.accounts.supervisor;
    expect((await setPublishable({ entityType: "event_edition", items: [{ id: edition.id, version: edition.version }], publishable: true, validate: true })).ok).toBe(true);
    const stored = seeded.db.select().from(eventEditions).where(eq(eventEditions.id, edition.id)).get()!;
    expect([stored.validationStatus, stored.publishable]).toEqual(["validated", true]);
    const actions = seeded.db.select().from(auditLog).where(and(eq(auditLog.entityType, "event_edition"), eq(auditLog.entityId, edition.id))).all().map((a) => a.action);
    expect(actions).toEqual(["seed", "validate", "publish"]);
  });

  it("refuses the whole list when one record changed since it was loaded", async () => {
    const list = seeded.db.select({ id: meetings.id, version: meetings.version, publishable: meetings.publishable }).from(meetings).where(eq(meetings.publishable, false)).limit(3).all();
    const stale = list.map((r, i) => ({ id: r.id, version: i === 2 ? r.version - 1 || 99 : r.version }));
    session.current = seeded.accounts.supervisor;
    expect(await setPublishable({ entityType: "meeting", items: stale, publishable: true, validate: false })).toMatchObject({ ok: false, error: "conflict" });
    expect(rowsOf(list.map((r) => r.id)).map((r) => [r.publishable, r.version])).toEqual(list.map((r) => [false, r.version]));
  });

  it("is refused to staff, committee members and admins, and for kinds outside the whitelist", async () => {
    const row = seeded.db.select({ id: meetings.id, version: meetings.version }).from(meetings).limit(1).get()!;
    for (const user of [seeded.accounts.staff, seeded.accounts.committee, seeded.accounts.admin]) {
      session.current = user;
      expect(await setPublishable({ entityType: "meeting", items: [row], publishable: false, validate: false })).toMatchObject({ ok: false, error: "forbidden" });
    }
    session.current = seeded.accounts.supervisor;
    for (const entityType of ["user", "organisation", "__proto__"]) {
      expect(await setPublishable({ entityType, items: [row], publishable: true, validate: true })).toMatchObject({ ok: false, error: "forbidden" });
    }
    expect(await setPublishable({ entityType: "meeting", items: [], publishable: true, validate: true })).toMatchObject({ ok: false, error: "invalid" });
    expect(await setPublishable({ entityType: "meeting", items: [row, row], publishable: true, validate: true })).toMatchObject({ ok: false, error: "invalid" });
  });
});
