/**
 * The data-quality report as a work list, against a real seeded SQLite file: filters by kind and
 * record type, links to each point's record, a supervisor resolves a point with a note (audited,
 * versioned) and it leaves the default view; reseeding keeps the resolution.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog, dataQualityIssues } from "@/db/schema";
import { seedSourceRecords } from "@/db/seed/load";
import { ForbiddenError } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { openSeededDatabase } from "@/tests/helpers/seeded-db";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { resolveDataQualityPoint, reopenDataQualityPoint } = await import("./actions");
const { fetchDataQualityView } = await import("./queries");
const { dataQualityFiltersSchema } = await import("./schema");

let database: ReturnType<typeof openSeededDatabase>;
beforeAll(() => {
  database = openSeededDatabase("data-quality");
});
afterAll(() => database.cleanup());

const filters = (raw: Record<string, string | undefined> = {}) => dataQualityFiltersSchema.parse(raw);

describe("the data-quality work list", () => {
  it("shows every open point by default, and filters by kind and by record type in SQL", () => {
    const { accounts, db } = database;
    const all = db.select().from(dataQualityIssues).all();
    expect(all.length).toBeGreaterThan(5);
    const view = fetchDataQualityView(accounts.supervisor, filters());
    expect(view.total).toBe(all.length);
    expect(view.openTotal).toBe(all.length);

    const kind = all[0]!.kind;
    const byKind = fetchDataQualityView(accounts.supervisor, filters({ kind }));
    expect(byKind.total).toBe(all.filter((i) => i.kind === kind).length);
    expect(byKind.points.every((p) => p.kind === kind)).toBe(true);

    const byType = fetchDataQualityView(accounts.supervisor, filters({ type: "project" }));
    expect(byType.total).toBe(all.filter((i) => i.entityType === "project").length);
    expect(byType.points.every((p) => p.href?.startsWith("/projects/"))).toBe(true);
  });

  it("links each point about a record to that record's page (milestones to their project)", () => {
    const { accounts, db } = database;
    const view = fetchDataQualityView(accounts.supervisor, filters({ state: "all" }));
    for (const point of view.points) {
      const row = db.select().from(dataQualityIssues).where(eq(dataQualityIssues.id, point.id)).get()!;
      if (row.entityType && row.entityId && row.entityType !== "activity" && row.entityType !== "event_edition") {
        expect(point.href).toMatch(new RegExp(`/${row.entityId}$`));
      }
      if (row.entityType === "activity") expect(point.href).toMatch(/^\/projects\/\d+$/);
      if (row.entityType === "event_edition") expect(point.href).toMatch(/^\/events\/\d+$/);
    }
    expect(view.points.filter((p) => p.href).length).toBeGreaterThan(0);
  });

  it("lets a supervisor resolve a point with a note: audited, versioned, gone from the default view", async () => {
    const { accounts, db } = database;
    const point = fetchDataQualityView(accounts.supervisor, filters()).points[0]!;
    session.current = accounts.supervisor;

    const noNote = await resolveDataQualityPoint({ id: point.id, version: point.version, note: "  " });
    expect(noNote).toMatchObject({ ok: false, error: "invalid", fieldErrors: { note: ["required"] } });

    const done = await resolveDataQualityPoint({ id: point.id, version: point.version, note: "Checked with the cabinet: one meeting." });
    expect(done).toEqual({ ok: true, data: { id: point.id, version: point.version + 1 } });
    const again = await resolveDataQualityPoint({ id: point.id, version: point.version, note: "second tab" });
    expect(again).toMatchObject({ ok: false, error: "conflict" });

    const open = fetchDataQualityView(accounts.supervisor, filters());
    expect(open.points.map((p) => p.id)).not.toContain(point.id);
    const resolved = fetchDataQualityView(accounts.supervisor, filters({ state: "resolved" }));
    expect(resolved.points.map((p) => p.id)).toEqual([point.id]);
    expect(resolved.points[0]!.resolution).toMatchObject({ byName: accounts.supervisor.name, note: "Checked with the cabinet: one meeting." });

    const audit = db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "data_quality_issue"), eq(auditLog.entityId, point.id), eq(auditLog.action, "resolve")))
      .all();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.userId).toBe(accounts.supervisor.id);

    // Reseeding (the loader is idempotent) keeps the supervisor's resolution.
    seedSourceRecords(db);
    expect(fetchDataQualityView(accounts.supervisor, filters({ state: "resolved" })).total).toBe(1);

    const reopened = await reopenDataQualityPoint({ id: point.id, version: point.version + 1 });
    expect(reopened.ok).toBe(true);
    expect(fetchDataQualityView(accounts.supervisor, filters()).points.map((p) => p.id)).toContain(point.id);
  });

  it("refuses the report to staff and committee members, and resolving to everyone but supervisors", async () => {
    const { accounts } = database;
    expect(() => fetchDataQualityView(accounts.staff, filters())).toThrow(ForbiddenError);
    expect(() => fetchDataQualityView(accounts.committee, filters())).toThrow(ForbiddenError);
    const adminView = fetchDataQualityView(accounts.admin, filters());
    expect(adminView.canResolve).toBe(false);
    const point = adminView.points[0]!;
    for (const role of ["admin", "staff", "committee"] as const) {
      session.current = accounts[role];
      expect(await resolveDataQualityPoint({ id: point.id, version: point.version, note: "no" })).toMatchObject({ ok: false, error: "forbidden" });
    }
  });
});
