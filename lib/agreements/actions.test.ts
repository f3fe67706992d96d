/**
 * The agreement write path against a real SQLite file: the signing workflow enforced by the
 * server, dated steps with who recorded them, optimistic locking and audit.
 */
import { describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { agreementStatusChanges, agreements, auditLog, countries} from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { actionTestFixture } from "@/tests/helpers/action-fixture";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { createAgreement, updateAgreement, recordAgreementTransition, archiveAgreement, restoreAgreement } = await import("./actions");
const { fetchAgreement, fetchAgreements } = await import("./queries");
const { emptyAgreementForm, agreementFiltersSchema } = await import("./schema");

const fixture = actionTestFixture("agreements", session, { countries: ["ES", "SN"] });
const { staff, committee, supervisor } = fixture;

async function newAgreement(overrides: Partial<ReturnType<typeof emptyAgreementForm>> = {}) {
  const result = await createAgreement({ ...emptyAgreementForm(), counterpartCountryCode: "SN", titleFr: "Mémorandum test", statusOn: "2023-06", ...overrides });
  if (!result.ok) throw new Error(`setup failed: ${JSON.stringify(result)}`);
  return fetchAgreement(staff, result.data.id)!;
}

describe("createAgreement", () => {
  it("records a draft with its first dated step and an audit entry", async () => {
    const stored = await newAgreement();
    expect(stored.agreement.signingStatus).toBe("draft");
    expect(stored.statusChanges).toMatchObject([{ fromStatus: null, toStatus: "draft", recordedByName: "Staff" }]);
    expect(stored.agreement.searchText).toContain("senegal");
    expect(stored.history.map((h) => h.action)).toEqual(["create"]);
  });

  it("requires a counterpart, and a signing date exactly when the status is signed", async () => {
    const noCounterpart = await createAgreement({ ...emptyAgreementForm(), titleFr: "x" });
    expect(noCounterpart).toMatchObject({ ok: false, fieldErrors: { counterpartCountryCode: ["agreementCounterpartRequired"] } });
    const signedWithoutDate = await createAgreement({ ...emptyAgreementForm(), counterpartCountryCode: "ES", signingStatus: "signed" });
    expect(signedWithoutDate).toMatchObject({ ok: false, fieldErrors: { signedOn: ["signedOnRequired"] } });
    const draftWithDate = await createAgreement({ ...emptyAgreementForm(), counterpartCountryCode: "ES", signedOn: "2018" });
    expect(draftWithDate).toMatchObject({ ok: false, fieldErrors: { signedOn: ["signedOnBeforeSignature"] } });
  });

  it("records an agreement already signed, dated by its signing date at the source's precision", async () => {
    const stored = await newAgreement({ signingStatus: "signed", signedOn: "2015-01" });
    expect(stored.agreement.signedOn).toBe("2015-01");
    expect(stored.statusChanges[0]).toMatchObject({ toStatus: "signed", occurredOn: "2015-01" });
  });

  it("refuses committee members", async () => {
    session.current = committee;
    expect(await createAgreement({ ...emptyAgreementForm(), counterpartCountryCode: "ES" })).toMatchObject({ ok: false, error: "forbidden" });
  });
});

describe("recordAgreementTransition", () => {
  it("moves an agreement awaiting signature to signed with a date, a note and who recorded it", async () => {
    const created = await newAgreement({ signingStatus: "awaiting_signature" });
    const result = await recordAgreementTransition({
      id: created.agreement.id,
      version: created.agreement.version,
      toStatus: "signed",
      occurredOn: "2024-05-14",
      note: "Signé à Rabat",
    });
    expect(result).toMatchObject({ ok: true, data: { version: created.agreement.version + 1 } });
    const after = fetchAgreement(staff, created.agreement.id)!;
    expect(after.agreement.signingStatus).toBe("signed");
    expect(after.agreement.signedOn).toBe("2024-05-14");
    expect(after.statusChanges.at(-1)).toMatchObject({
      fromStatus: "awaiting_signature",
      toStatus: "signed",
      occurredOn: "2024-05-14",
      note: "Signé à Rabat",
      recordedByName: "Staff",
    });
    expect(after.history[0]).toMatchObject({ action: "transition", userName: "Staff" });
  });

  it("sets the date of entry into force and of expiry on those steps", async () => {
    const created = await newAgreement({ signingStatus: "signed", signedOn: "2019-03-01" });
    const inForce = await recordAgreementTransition({ id: created.agreement.id, version: 1, toStatus: "in_force", occurredOn: "2019-06" });
    expect(inForce.ok).toBe(true);
    const expired = await recordAgreementTransition({ id: created.agreement.id, version: 2, toStatus: "expired", occurredOn: "2023" });
    expect(expired.ok).toBe(true);
    const after = fetchAgreement(staff, created.agreement.id)!.agreement;
    expect([after.inForceOn, after.expiresOn, after.signingStatus]).toEqual(["2019-06", "2023", "expired"]);
  });

  it("refuses draft straight to expired, writing nothing", async () => {
    const created = await newAgreement();
    const result = await recordAgreementTransition({ id: created.agreement.id, version: 1, toStatus: "expired", occurredOn: "2024-01-01" });
    expect(result).toMatchObject({ ok: false, error: "rule", message: "transitionNotAllowed" });
    const after = fetchAgreement(staff, created.agreement.id)!;
    expect(after.agreement.signingStatus).toBe("draft");
    expect(after.agreement.version).toBe(1);
    expect(after.statusChanges).toHaveLength(1);
    const transitions = fixture.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, created.agreement.id), eq(auditLog.action, "transition")))
      .all();
    expect(transitions).toHaveLength(0);
  });

  it("refuses a date in the future or before the previous step", async () => {
    const created = await newAgreement({ signingStatus: "signed", signedOn: "2020-02-10" });
    const future = await recordAgreementTransition({ id: created.agreement.id, version: 1, toStatus: "in_force", occurredOn: "2199-01-01" });
    expect(future).toMatchObject({ ok: false, fieldErrors: { occurredOn: ["dateInFuture"] } });
    const before = await recordAgreementTransition({ id: created.agreement.id, version: 1, toStatus: "in_force", occurredOn: "2019-12" });
    expect(before).toMatchObject({ ok: false, fieldErrors: { occurredOn: ["dateBeforePreviousStep"] } });
    // The same month as the signing day is not "before" it.
    expect((await recordAgreementTransition({ id: created.agreement.id, version: 1, toStatus: "in_force", occurredOn: "2020-02" })).ok).toBe(true);
  });

  it("refuses a stale version", async () => {
    const created = await newAgreement();
    expect((await recordAgreementTransition({ id: created.agreement.id, version: 1, toStatus: "under_negotiation", occurredOn: "2024-01-01" })).ok).toBe(true);
    const stale = await recordAgreementTransition({ id: created.agreement.id, version: 1, toStatus: "text_agreed", occurredOn: "2024-01-02" });
    expect(stale).toMatchObject({ ok: false, error: "conflict" });
  });

  it("accepts the fields as a form posts them (strings)", async () => {
    const created = await newAgreement();
    const result = await recordAgreementTransition({ id: String(created.agreement.id), version: "1", toStatus: "under_negotiation", occurredOn: "2024-02", note: "" });
    expect(result.ok).toBe(true);
    const change = fixture.db
      .select()
      .from(agreementStatusChanges)
      .where(eq(agreementStatusChanges.agreementId, created.agreement.id))
      .all()
      .at(-1);
    expect(change).toMatchObject({ toStatus: "under_negotiation", note: null, recordedBy: staff.id });
  });
});

describe("updateAgreement, archive and lists", () => {
  it("edits the record without touching the status, and refuses a signing date on a draft", async () => {
    const created = await newAgreement({ signingStatus: "awaiting_signature" });
    const values = { ...emptyAgreementForm(), counterpartCountryCode: "ES", titleAr: "مذكرة تفاهم", unitInCharge: "Coopération" };
    const { signingStatus: _ignored, ...formValues } = values;
    const ok = await updateAgreement({ id: created.agreement.id, version: 1, values: formValues });
    expect(ok).toMatchObject({ ok: true });
    const refused = await updateAgreement({ id: created.agreement.id, version: 2, values: { ...formValues, signedOn: "2020" } });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { signedOn: ["signedOnBeforeSignature"] } });
    const after = fetchAgreement(staff, created.agreement.id)!.agreement;
    expect([after.signingStatus, after.counterpartCountryCode, after.unitInCharge]).toEqual(["awaiting_signature", "ES", "Coopération"]);
  });

  it("lists with filters and counts per status that agree with the records", async () => {
    const all = fetchAgreements(staff, agreementFiltersSchema.parse({}));
    const rows = fixture.db.select().from(agreements).all();
    for (const [status, n] of Object.entries(all.counts)) {
      expect(n).toBe(rows.filter((r) => r.signingStatus === status && !r.archivedAt).length);
    }
    const signed2015 = fetchAgreements(staff, agreementFiltersSchema.parse({ from: "2015-01-01", to: "2015-12-31" }));
    expect(signed2015.rows.map((r) => r.signedOn)).toEqual(["2015-01"]);
    const drafts = fetchAgreements(staff, agreementFiltersSchema.parse({ status: "draft" }));
    expect(drafts.rows.every((r) => r.signingStatus === "draft")).toBe(true);
    expect(drafts.counts.draft).toBe(drafts.total);
  });

  it("lets supervisors archive and restore, not staff", async () => {
    const created = await newAgreement();
    expect(await archiveAgreement({ id: created.agreement.id, version: 1 })).toMatchObject({ ok: false, error: "forbidden" });
    session.current = supervisor;
    expect((await archiveAgreement({ id: created.agreement.id, version: 1 })).ok).toBe(true);
    expect(fetchAgreement(staff, created.agreement.id)).toBeNull();
    expect((await restoreAgreement({ id: created.agreement.id, version: 2 })).ok).toBe(true);
    expect(fetchAgreement(staff, created.agreement.id)).not.toBeNull();
  });
});
