/**
 * Follow-ups against a real SQLite file: written with their meeting (owners of every kind, due
 * dates at any precision, kept by id across edits), the owner told once, closed through the write
 * path (versioned, audited, its reminders marked read), and the home's and supervisor's lists.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog, followUpActions, notifications, organisations, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { openFreshDatabase } from "@/tests/helpers/test-db";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { createMeeting, updateMeeting } = await import("@/lib/meetings/actions");
const { fetchMeeting } = await import("@/lib/meetings/queries");
const { meetingToFormValues } = await import("@/lib/meetings/form-values");
const { emptyMeetingForm } = await import("@/lib/meetings/schema");
const { closeFollowUp } = await import("./actions");
const { fetchMyFollowUps, fetchOpenFollowUpsConcerning, fetchOverdueByOwner } = await import("./queries");
const { emptyFollowUpRow, isOverdue } = await import("./schema");

let database: ReturnType<typeof openFreshDatabase>;
const staff: SessionUser = { id: 0, email: "s@f.test", name: "Samira", role: "staff", locale: "ar", mustChangePassword: false };
const supervisor: SessionUser = { ...staff, email: "v@f.test", name: "Youssef", role: "supervisor" };
const committee: SessionUser = { ...staff, email: "c@f.test", name: "Comité", role: "committee" };
let giz = 0;

beforeAll(() => {
  database = openFreshDatabase("follow-ups");
  for (const u of [staff, supervisor, committee]) {
    u.id = database.db.insert(users).values({ email: u.email, name: u.name, role: u.role, passwordHash: "x" }).returning().get().id;
  }
  giz = database.db.insert(organisations).values({ acronym: "GIZ", nameFr: "Coopération allemande", type: "implementing_agency" }).returning().get().id;
});
afterAll(() => database.cleanup());
beforeEach(() => {
  session.current = staff;
});

const today = "2026-12-01";
function meeting(followUps: ReturnType<typeof emptyFollowUpRow>[]) {
  return {
    ...emptyMeetingForm("2026-11-29"),
    counterparts: [{ personId: "", newPersonName: "Consuelo RUMÍ", newPersonTransliteration: "", titleAtMeeting: "" }],
    followUps,
  };
}
const row = (overrides: Partial<ReturnType<typeof emptyFollowUpRow>>) => ({ ...emptyFollowUpRow(), ...overrides });
const noticesOf = (userId: number) => database.db.select().from(notifications).where(eq(notifications.userId, userId)).all();

describe("follow-ups written with their meeting", () => {
  it("stores owners of every kind and due dates at any precision, and tells a user owner once", async () => {
    const created = await createMeeting(
      meeting([
        row({ description: "Envoyer la note", ownerUserId: String(supervisor.id), dueOn: "2026-11-30" }),
        row({ description: "Relancer la GIZ", ownerKind: "organisation", ownerOrganisationId: String(giz), dueOn: "2026-12" }),
        row({ description: "Attendre l'avis du ministère", ownerKind: "named", owner: "Ministère de l'Intérieur", dueOn: "2027" }),
      ]),
    );
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const stored = database.db.select().from(followUpActions).where(eq(followUpActions.meetingId, created.data.id)).orderBy(followUpActions.position).all();
    expect(stored.map((f) => [f.ownerKind, f.ownerUserId, f.ownerOrganisationId, f.owner, f.dueOn, f.status])).toEqual([
      ["user", supervisor.id, null, null, "2026-11-30", "open"],
      ["organisation", null, giz, null, "2026-12", "open"],
      ["named", null, null, "Ministère de l'Intérieur", "2027", "open"],
    ]);
    expect(noticesOf(supervisor.id).map((n) => [n.kind, n.params.description, n.href])).toEqual([["followUpAssigned", "Envoyer la note", `/meetings/${created.data.id}`]]);

    // An edit of the meeting keeps the rows (same ids) and does not tell the owner again.
    const form = meetingToFormValues(fetchMeeting(staff, created.data.id)!);
    const updated = await updateMeeting({ id: created.data.id, version: 1, values: { ...form, topics: "Suivi" } });
    expect(updated.ok).toBe(true);
    expect(database.db.select({ id: followUpActions.id }).from(followUpActions).where(eq(followUpActions.meetingId, created.data.id)).all().map((f) => f.id)).toEqual(stored.map((f) => f.id));
    expect(noticesOf(supervisor.id)).toHaveLength(1);
  });

  it("refuses a user owner who may not own follow-ups (a committee member), on the field", async () => {
    const result = await createMeeting(meeting([row({ description: "x", ownerUserId: String(committee.id) })]));
    expect(result).toMatchObject({ ok: false, error: "rule", fieldErrors: { "followUps.0.ownerUserId": ["invalidOption"] } });
  });

  it("requires the owner of the chosen kind", async () => {
    const result = await createMeeting(meeting([row({ description: "x", ownerKind: "named", owner: "" })]));
    expect(result).toMatchObject({ ok: false, error: "invalid" });
  });
});

describe("lists and closing", () => {
  it("shows the owner's follow-ups overdue first, the supervisor's overdue by owner, an organisation's open ones", () => {
    const mine = fetchMyFollowUps(supervisor, today);
    expect(mine.rows.map((r) => [r.description, r.overdue])).toEqual([["Envoyer la note", true]]);
    expect(mine.overdue).toBe(1);
    // The recorder keeps track of what is owned outside the department; "2026-12" is not overdue in December.
    expect(fetchMyFollowUps(staff, today).rows.map((r) => [r.description, r.overdue])).toEqual([
      ["Relancer la GIZ", false],
      ["Attendre l'avis du ministère", false],
    ]);
    const overdue = fetchOverdueByOwner(supervisor, today);
    expect(overdue.owners.map((g) => [g.key, g.rows.map((r) => r.description)])).toEqual([[`user:${supervisor.id}`, ["Envoyer la note"]]]);
    expect(() => fetchOverdueByOwner(staff, today)).toThrow();
    expect(fetchOpenFollowUpsConcerning(staff, { organisationId: giz }, today).rows.map((r) => r.description)).toEqual(["Relancer la GIZ"]);
  });

  it("closes a follow-up through the write path: who and when, versioned, audited, its notices read", async () => {
    session.current = supervisor;
    const [target] = fetchMyFollowUps(supervisor, today).rows;
    const result = await closeFollowUp({ id: target!.id, version: target!.version, status: "done" });
    expect(result).toMatchObject({ ok: true, data: { id: target!.id, version: target!.version + 1 } });
    const stored = database.db.select().from(followUpActions).where(eq(followUpActions.id, target!.id)).get()!;
    expect([stored.status, stored.closedBy, stored.closedAt !== null]).toEqual(["done", supervisor.id, true]);
    expect(database.db.select({ action: auditLog.action, userId: auditLog.userId }).from(auditLog).where(and(eq(auditLog.entityType, "followUp"), eq(auditLog.entityId, target!.id))).all()).toEqual([{ action: "close", userId: supervisor.id }]);
    expect(noticesOf(supervisor.id).every((n) => n.readAt !== null)).toBe(true);
    expect(fetchMyFollowUps(supervisor, today).rows).toEqual([]);
    // The same click sent twice is a conflict; committee members may not close follow-ups.
    expect(await closeFollowUp({ id: target!.id, version: target!.version, status: "dropped" })).toMatchObject({ ok: false, error: "conflict" });
    session.current = committee;
    expect(await closeFollowUp({ id: target!.id, version: target!.version + 1, status: "dropped" })).toMatchObject({ ok: false, error: "forbidden" });
  });
});

describe("isOverdue", () => {
  it("waits until the whole due period has passed", () => {
    expect(isOverdue("2026-11-30", "2026-12-01")).toBe(true);
    expect(isOverdue("2026-12-01", "2026-12-01")).toBe(false);
    expect(isOverdue("2026-11", "2026-12-01")).toBe(true);
    expect(isOverdue("2026-12", "2026-12-31")).toBe(false);
    expect(isOverdue("2026", "2026-12-31")).toBe(false);
    expect(isOverdue("2025", "2026-01-01")).toBe(true);
    expect(isOverdue(null, "2026-01-01")).toBe(false);
  });
});
