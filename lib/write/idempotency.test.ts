/**
 * A create sent twice with the same idempotency key (a double-clicked Save, a retried request)
 * makes one record and answers both times with its id; the key is the user's own.
 */
import { describe, expect, it, vi } from "vitest";
import { count, eq } from "drizzle-orm";
import { auditLog, countries, idempotencyKeys, meetings, organisations} from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { actionTestFixture } from "@/tests/helpers/action-fixture";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { createMeeting } = await import("@/lib/meetings/actions");
const { createOrganisation } = await import("@/lib/organisations/actions");
const { emptyMeetingForm } = await import("@/lib/meetings/schema");
const { emptyOrganisationForm } = await import("@/lib/organisations/schema");

const fixture = actionTestFixture("idempotency", session, { countries: ["ES"] });
const { staff, otherStaff } = fixture;

function meetingInput(topics: string) {
  return {
    ...emptyMeetingForm("2026-11-29"),
    countryCode: "ES",
    topics,
    counterparts: [{ personId: "", newPersonName: "Consuelo RUMÍ", newPersonTransliteration: "", titleAtMeeting: "" }],
  };
}
const meetingsAbout = (topics: string) =>
  fixture.db.select({ n: count() }).from(meetings).where(eq(meetings.topics, topics)).get()!.n;

describe("idempotency keys on creates", () => {
  it("records one meeting for two sends of the same key, and answers both with its id", async () => {
    const topics = "double-click topic 1";
    const key = "a1b2c3d4e5f60718293a4b5c6d7e8f90";
    const first = await createMeeting({ ...meetingInput(topics), idempotencyKey: key });
    const second = await createMeeting({ ...meetingInput(topics), idempotencyKey: key });
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.data.id).toBe(first.data.id);
    expect(meetingsAbout(topics)).toBe(1);
    // One audit entry for the meeting, and the key stored with it, for this user.
    const audits = fixture.db.select().from(auditLog).where(eq(auditLog.entityType, "meeting")).all().filter((a) => a.entityId === first.data.id);
    expect(audits).toHaveLength(1);
    expect(fixture.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key)).get()).toMatchObject({
      userId: staff.id,
      entityType: "meeting",
      entityId: first.data.id,
    });
  });

  it("records one meeting when the two sends arrive at once", async () => {
    const topics = "double-click topic 2";
    const key = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    const [a, b] = await Promise.all([
      createMeeting({ ...meetingInput(topics), idempotencyKey: key }),
      createMeeting({ ...meetingInput(topics), idempotencyKey: key }),
    ]);
    expect(a.ok && b.ok && a.data.id === b.data.id).toBe(true);
    expect(meetingsAbout(topics)).toBe(1);
  });

  it("records two meetings for two form instances (two keys) and for sends without a key", async () => {
    const topics = "two forms";
    await createMeeting({ ...meetingInput(topics), idempotencyKey: "11111111111111111111111111111111" });
    await createMeeting({ ...meetingInput(topics), idempotencyKey: "22222222222222222222222222222222" });
    await createMeeting(meetingInput(topics));
    expect(meetingsAbout(topics)).toBe(3);
  });

  it("refuses another user's key, and the key of another kind of record, as a conflict", async () => {
    const key = "33333333333333333333333333333333";
    const mine = await createOrganisation({ ...emptyOrganisationForm(), nameFr: "Agence idempotente", idempotencyKey: key });
    expect(mine.ok).toBe(true);
    session.current = otherStaff;
    const theirs = await createOrganisation({ ...emptyOrganisationForm(), nameFr: "Agence idempotente", idempotencyKey: key });
    expect(theirs).toMatchObject({ ok: false, error: "conflict" });
    session.current = staff;
    const asMeeting = await createMeeting({ ...meetingInput("reused key"), idempotencyKey: key });
    expect(asMeeting).toMatchObject({ ok: false, error: "conflict" });
    expect(meetingsAbout("reused key")).toBe(0);
    expect(fixture.db.select({ n: count() }).from(organisations).where(eq(organisations.nameFr, "Agence idempotente")).get()!.n).toBe(1);
  });

  it("stores nothing when the create is refused, so a corrected retry with the key still creates", async () => {
    const key = "44444444444444444444444444444444";
    const refused = await createOrganisation({ ...emptyOrganisationForm(), countryCode: "ZZ", nameFr: "Retry agency", idempotencyKey: key });
    expect(refused.ok).toBe(false);
    expect(fixture.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key)).get()).toBeUndefined();
    const retried = await createOrganisation({ ...emptyOrganisationForm(), countryCode: "ES", nameFr: "Retry agency", idempotencyKey: key });
    expect(retried.ok).toBe(true);
  });
});
