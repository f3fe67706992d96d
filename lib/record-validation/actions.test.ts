/**
 * Validation against a real, seeded SQLite file: staff's entries wait in the queue; a supervisor
 * validates or sends back (with a comment) through the versioned write path; staff's edit of a
 * sent-back record puts it back in the queue; staff see what was sent back to them.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog, meetings, projects } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { openSeededDatabase } from "@/tests/helpers/seeded-db";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { decideValidation } = await import("./actions");
const { countAwaitingValidation, fetchRecentEntriesBy, fetchSentBackTo, fetchValidationQueue } = await import("./queries");
const { createMeeting, updateMeeting } = await import("@/lib/meetings/actions");
const { fetchMeeting, fetchMeetingsPage } = await import("@/lib/meetings/queries");
const { emptyMeetingForm, meetingFiltersSchema } = await import("@/lib/meetings/schema");

let database: ReturnType<typeof openSeededDatabase>;
let accounts: ReturnType<typeof openSeededDatabase>["accounts"];

beforeAll(() => {
  database = openSeededDatabase("validation");
  accounts = database.accounts;
});
afterAll(() => database.cleanup());
beforeEach(() => {
  session.current = accounts.staff;
});

async function staffMeeting(topics: string) {
  session.current = accounts.staff;
  const created = await createMeeting({
    ...emptyMeetingForm("2026-11-20"),
    countryCode: "ES",
    topics,
    counterparts: [{ personId: "", newPersonName: `Interlocutor ${topics}`, newPersonTransliteration: "", titleAtMeeting: "" }],
  });
  if (!created.ok) throw new Error(`setup failed: ${created.message}`);
  return created.data.id;
}

const queueIds = (user: SessionUser, status: "waiting" | "sent_back" = "waiting") =>
  fetchValidationQueue(user, { status }).rows.map((r) => `${r.entityType}:${r.id}`);

describe("the validation queue", () => {
  it("lists what staff created (new), not what the seed or a supervisor wrote", async () => {
    const id = await staffMeeting("queue-new");
    expect(queueIds(accounts.supervisor)).toContain(`meeting:${id}`);
    // Staff's new counterpart (a person) waits too.
    expect(fetchValidationQueue(accounts.supervisor, { status: "waiting", type: "person" }).rows.some((r) => r.nameAr === "Interlocutor queue-new")).toBe(true);
    // Seeded records are already validated.
    expect(queueIds(accounts.supervisor).some((k) => k === "project:1")).toBe(false);
    expect(countAwaitingValidation(accounts.supervisor).meeting).toBeGreaterThanOrEqual(1);
  });

  it("is refused to staff, committee members and admins", () => {
    for (const user of [accounts.staff, accounts.committee, accounts.admin]) {
      expect(() => fetchValidationQueue(user, { status: "waiting" })).toThrow(/Forbidden/);
      expect(countAwaitingValidation(user)).toEqual({});
    }
  });
});

describe("decideValidation", () => {
  it("validates a record: versioned, audited 'validate', out of the queue", async () => {
    const id = await staffMeeting("to-validate");
    session.current = accounts.supervisor;
    const result = await decideValidation({ entityType: "meeting", id, version: 1, decision: "validate", comment: "" });
    expect(result).toEqual({ ok: true, data: { id, version: 2 } });
    const stored = fetchMeeting(accounts.supervisor, id)!.meeting;
    expect([stored.validationStatus, stored.version, stored.validationComment]).toEqual(["validated", 2, null]);
    expect(queueIds(accounts.supervisor)).not.toContain(`meeting:${id}`);
    const audit = database.db.select().from(auditLog).where(and(eq(auditLog.entityType, "meeting"), eq(auditLog.entityId, id), eq(auditLog.action, "validate"))).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.userId).toBe(accounts.supervisor.id);
    expect(audit[0]!.changes).toMatchObject({ decision: "validate", validationStatus: ["new", "validated"] });
  });

  it("refuses to validate a version the supervisor did not see (staff changed it since)", async () => {
    const id = await staffMeeting("changed-meanwhile");
    const loaded = fetchMeeting(accounts.staff, id)!;
    await updateMeeting({
      id,
      version: 1,
      values: {
        ...emptyMeetingForm("2026-11-21"),
        topics: "changed",
        counterparts: [{ personId: String(loaded.counterparts[0]!.personId), newPersonName: "", newPersonTransliteration: "", titleAtMeeting: "" }],
      },
    });
    session.current = accounts.supervisor;
    expect(await decideValidation({ entityType: "meeting", id, version: 1, decision: "validate", comment: "" })).toMatchObject({ ok: false, error: "conflict" });
    expect(fetchMeeting(accounts.supervisor, id)!.meeting.validationStatus).toBe("new");
  });

  it("sends back with a required comment; staff see it; staff's edit puts it back in the queue as edited", async () => {
    const id = await staffMeeting("to-send-back");
    session.current = accounts.supervisor;
    const noComment = await decideValidation({ entityType: "meeting", id, version: 1, decision: "send_back", comment: "  " });
    expect(noComment).toMatchObject({ ok: false, error: "invalid", fieldErrors: { comment: ["commentRequired"] } });
    const sent = await decideValidation({ entityType: "meeting", id, version: 1, decision: "send_back", comment: "Date à vérifier" });
    expect(sent.ok).toBe(true);
    const stored = fetchMeeting(accounts.supervisor, id)!.meeting;
    expect([stored.validationStatus, stored.validationComment]).toEqual(["sent_back", "Date à vérifier"]);
    // The history tells a send-back from a validation.
    const audit = database.db.select().from(auditLog).where(and(eq(auditLog.entityType, "meeting"), eq(auditLog.entityId, id))).all();
    expect(audit.filter((a) => a.userId === accounts.supervisor.id).map((a) => a.action)).toEqual(["send_back"]);
    expect(audit.at(-1)!.changes).toMatchObject({ decision: "send_back", validationStatus: ["new", "sent_back"] });
    expect(queueIds(accounts.supervisor, "sent_back")).toContain(`meeting:${id}`);
    expect(queueIds(accounts.supervisor)).not.toContain(`meeting:${id}`);

    // The staff member who recorded it sees it, with the comment; another staff member does not.
    expect(fetchSentBackTo(accounts.staff).find((r) => r.entityType === "meeting" && r.id === id)?.validationComment).toBe("Date à vérifier");
    expect(fetchSentBackTo(accounts.otherStaff).some((r) => r.entityType === "meeting" && r.id === id)).toBe(false);

    session.current = accounts.staff;
    const loaded = fetchMeeting(accounts.staff, id)!;
    const fixed = await updateMeeting({
      id,
      version: loaded.meeting.version,
      values: {
        ...emptyMeetingForm("2026-11-19"),
        counterparts: [{ personId: String(loaded.counterparts[0]!.personId), newPersonName: "", newPersonTransliteration: "", titleAtMeeting: "" }],
      },
    });
    expect(fixed.ok).toBe(true);
    expect(fetchMeeting(accounts.staff, id)!.meeting.validationStatus).toBe("edited");
    expect(queueIds(accounts.supervisor)).toContain(`meeting:${id}`);
    expect(fetchSentBackTo(accounts.staff).some((r) => r.entityType === "meeting" && r.id === id)).toBe(false);
  });

  it("works the same on any whitelisted table (a seeded project, a milestone)", async () => {
    session.current = accounts.supervisor;
    const project = database.db.select().from(projects).where(eq(projects.id, database.projectIds.recosa)).get()!;
    const sent = await decideValidation({ entityType: "project", id: project.id, version: project.version, decision: "send_back", comment: "Budget ?" });
    expect(sent).toMatchObject({ ok: true, data: { version: project.version + 1 } });
    expect(database.db.select().from(projects).where(eq(projects.id, project.id)).get()!.validationStatus).toBe("sent_back");
    const activity = database.db.$client.prepare("select id, version from activities where project_id = ? limit 1").get(project.id) as { id: number; version: number };
    expect(await decideValidation({ entityType: "activity", id: activity.id, version: activity.version, decision: "validate", comment: "" })).toMatchObject({ ok: true });
  });

  it("refuses staff, committee members, admins, and entity types outside the whitelist", async () => {
    const id = await staffMeeting("refused");
    for (const user of [accounts.staff, accounts.committee, accounts.admin]) {
      session.current = user;
      expect(await decideValidation({ entityType: "meeting", id, version: 1, decision: "validate", comment: "" })).toMatchObject({ ok: false, error: "forbidden" });
    }
    session.current = accounts.supervisor;
    for (const entityType of ["user", "users", "audit_log", "constructor", "__proto__"]) {
      expect(await decideValidation({ entityType, id: 1, version: 1, decision: "validate", comment: "" })).toMatchObject({ ok: false, error: "forbidden" });
    }
    expect(await decideValidation({ entityType: "meeting", id: 999999, version: 1, decision: "validate", comment: "" })).toMatchObject({ ok: false, error: "notFound" });
    expect(database.db.select().from(meetings).where(eq(meetings.id, id)).get()!.validationStatus).toBe("new");
  });
});

describe("validated-only lists and staff's recent entries", () => {
  it("the meetings list can show validated records only", async () => {
    const id = await staffMeeting("validated-only");
    const all = fetchMeetingsPage(accounts.staff, meetingFiltersSchema.parse({ q: "validated-only" }));
    const validated = fetchMeetingsPage(accounts.staff, meetingFiltersSchema.parse({ q: "validated-only", validated: "1" }));
    expect(all.rows.map((r) => r.id)).toContain(id);
    expect(validated.rows.map((r) => r.id)).not.toContain(id);
    expect(fetchMeetingsPage(accounts.staff, meetingFiltersSchema.parse({ validated: "1" })).rows.every((r) => r.validationStatus === "validated")).toBe(true);
  });

  it("lists a staff member's own latest entries, newest first", async () => {
    const id = await staffMeeting("recent-entry");
    const recent = fetchRecentEntriesBy(accounts.staff);
    expect(recent.find((r) => r.entityType === "meeting")?.id).toBe(id);
    expect(fetchRecentEntriesBy(accounts.otherStaff).some((r) => r.entityType === "meeting" && r.id === id)).toBe(false);
    expect(fetchRecentEntriesBy(accounts.committee)).toEqual([]);
  });
});
