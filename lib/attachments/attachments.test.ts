/**
 * Attachments against a real, seeded SQLite file and a real attachments folder (beside it): the
 * content decides what a file is (not its name), bytes are stored once under their SHA-256, and a
 * file is downloaded only by who may read its record (the scope rule for committee members).
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { Document, Packer, Paragraph } from "docx";
import ExcelJS from "exceljs";
import { activities, agreements, attachments, auditLog, meetings } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { openSeededDatabase } from "@/tests/helpers/seeded-db";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

delete process.env.TAAWUN_ATTACHMENTS_DIR;
const { detectAttachmentType } = await import("./content-type");
const { attachmentsDir, contentDisposition, contentPath, sha256Hex } = await import("./storage");
const { uploadAttachment } = await import("./upload");
const { archiveAttachment, restoreAttachment } = await import("./actions");
const { fetchAttachmentDownload, fetchAttachmentPanel } = await import("./queries");
const { GET: download } = await import("@/app/api/attachments/[id]/route");

let database: ReturnType<typeof openSeededDatabase>;
let accounts: ReturnType<typeof openSeededDatabase>["accounts"];
let recoming: number;
let recosa: number;

const pdf = (text = "signed") => Buffer.from(`%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% ${text}\ntrailer<<>>\n%%EOF\n`);
const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
const jpeg = Buffer.from("ffd8ffe000104a46494600010100000100010000ffdb", "hex");
const exe = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(510, 0x90)]);
const file = (bytes: Uint8Array, name: string) => new File([new Uint8Array(bytes)], name);

async function docxBytes() {
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("محضر الاجتماع")] }] }));
}
async function xlsxBytes() {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Budget").addRow(["Recoming", 1200]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
/** A ZIP that is neither a Word nor an Excel package. */
async function plainZip() {
  const workbook = await xlsxBytes();
  // Reuse the ZIP container but rename its parts so nothing says "spreadsheet".
  return Buffer.from(workbook.toString("latin1").replaceAll("[Content_Types].xml", "[Content_Xxxxx].xml").replaceAll("xl/", "zz/"), "latin1");
}

beforeAll(() => {
  database = openSeededDatabase("attachments");
  accounts = database.accounts;
  ({ recoming, recosa } = database.projectIds);
});
afterAll(() => database.cleanup());
beforeEach(() => {
  session.current = accounts.staff;
});

const freshAgreement = () =>
  database.db.insert(agreements).values({ type: "convention", titleFr: "Accord joint", counterpartCountryCode: "ES", signingStatus: "signed" }).returning().get().id;
const freshMilestone = (projectId: number) => database.db.insert(activities).values({ projectId, title: "Étape jointe", status: "done" }).returning().get().id;

describe("the content check", () => {
  it("accepts PDF, DOCX, XLSX, PNG and JPEG by their bytes, telling Word and Excel packages apart", async () => {
    expect(await detectAttachmentType(pdf())).toBe("application/pdf");
    expect(await detectAttachmentType(await docxBytes())).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(await detectAttachmentType(await xlsxBytes())).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(await detectAttachmentType(png)).toBe("image/png");
    expect(await detectAttachmentType(jpeg)).toBe("image/jpeg");
  });

  it("refuses an executable, a plain ZIP, text and an empty file", async () => {
    expect(await detectAttachmentType(exe)).toBeNull();
    expect(await detectAttachmentType(await plainZip())).toBeNull();
    expect(await detectAttachmentType(Buffer.from("just text, called report.pdf"))).toBeNull();
    expect(await detectAttachmentType(new Uint8Array())).toBeNull();
  });
});

describe("uploading", () => {
  it("stores the bytes once under their SHA-256 and records the metadata with an audit entry", async () => {
    const agreementId = freshAgreement();
    const bytes = pdf("hash storage");
    const first = await uploadAttachment({ entityType: "agreement", entityId: String(agreementId) }, file(bytes, "الاتفاقية الموقعة.pdf"));
    expect(first.ok).toBe(true);
    const second = await uploadAttachment({ entityType: "agreement", entityId: agreementId }, file(bytes, "copy.pdf"));
    expect(second.ok).toBe(true);
    const hash = sha256Hex(bytes);
    const stored = contentPath(hash);
    expect(stored).toBe(path.join(attachmentsDir(), hash.slice(0, 2), hash));
    expect(attachmentsDir()).toBe(path.join(path.dirname(database.file), "attachments"));
    expect(fs.readFileSync(stored).equals(bytes)).toBe(true);
    expect(fs.readdirSync(path.dirname(stored))).toEqual([hash]);
    const rows = database.db.select().from(attachments).where(and(eq(attachments.entityType, "agreement"), eq(attachments.entityId, agreementId))).all();
    expect(rows).toMatchObject([
      { originalName: "الاتفاقية الموقعة.pdf", mediaType: "application/pdf", sizeBytes: bytes.byteLength, sha256: hash, uploadedBy: accounts.staff.id, archivedAt: null, version: 1 },
      { originalName: "copy.pdf", sha256: hash },
    ]);
    const audit = database.db.select().from(auditLog).where(and(eq(auditLog.entityType, "attachment"), eq(auditLog.entityId, rows[0]!.id))).all();
    expect(audit).toMatchObject([{ action: "upload", userId: accounts.staff.id, changes: { entityType: "agreement", entityId: agreementId, sha256: hash } }]);
  });

  it("refuses a renamed executable and a file over 20 MB, and stores nothing", async () => {
    const agreementId = freshAgreement();
    expect(await uploadAttachment({ entityType: "agreement", entityId: agreementId }, file(exe, "signed.pdf"))).toMatchObject({ ok: false, error: "invalid", message: "attachmentTypeRefused" });
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    big.set(pdf());
    expect(await uploadAttachment({ entityType: "agreement", entityId: agreementId }, file(big, "big.pdf"))).toMatchObject({ ok: false, error: "invalid", message: "attachmentTooLarge" });
    expect(fs.existsSync(contentPath(sha256Hex(exe)))).toBe(false);
    expect(database.db.select().from(attachments).where(eq(attachments.entityId, agreementId)).all().filter((a) => a.entityType === "agreement")).toEqual([]);
  });

  it("is refused to committee members and admins, and on a record that is archived or outside the member's scope", async () => {
    const agreementId = freshAgreement();
    for (const user of [accounts.committee, accounts.admin]) {
      session.current = user;
      expect(await uploadAttachment({ entityType: "agreement", entityId: agreementId }, file(pdf(), "a.pdf"))).toMatchObject({ ok: false, error: "forbidden" });
      expect(await uploadAttachment({ entityType: "project", entityId: recoming }, file(pdf(), "a.pdf"))).toMatchObject({ ok: false, error: "forbidden" });
    }
    session.current = accounts.staff;
    const meetingId = database.db.insert(meetings).values({ startsOn: "2026-10-01", kind: "working_meeting", archivedAt: "2026-11-01T00:00:00Z" }).returning().get().id;
    expect(await uploadAttachment({ entityType: "meeting", entityId: meetingId }, file(pdf(), "minutes.pdf"))).toMatchObject({ ok: false, error: "notFound" });
    expect(await uploadAttachment({ entityType: "milestone", entityId: 999_999 }, file(pdf(), "x.pdf"))).toMatchObject({ ok: false, error: "notFound" });
  });
});

describe("downloading: only who may read the record", () => {
  it("gives a committee member their projects' files and nothing else; staff every file", async () => {
    const ownProject = await uploadAttachment({ entityType: "project", entityId: recoming }, file(pdf("own project"), "rapport.pdf"));
    const ownMilestone = await uploadAttachment({ entityType: "milestone", entityId: freshMilestone(recoming) }, file(png, "photo.png"));
    const otherProject = await uploadAttachment({ entityType: "project", entityId: recosa }, file(pdf("other project"), "rapport.pdf"));
    const otherMilestone = await uploadAttachment({ entityType: "milestone", entityId: freshMilestone(recosa) }, file(jpeg, "photo.jpg"));
    const agreement = await uploadAttachment({ entityType: "agreement", entityId: freshAgreement() }, file(pdf("agreement"), "signed.pdf"));
    const ids = [ownProject, ownMilestone, otherProject, otherMilestone, agreement].map((r) => (r.ok ? r.data.id : 0));
    expect(ids.every((id) => id > 0)).toBe(true);
    const [own, ownM, other, otherM, agreed] = ids as [number, number, number, number, number];

    const readable = (user: SessionUser) => ids.filter((id) => fetchAttachmentDownload(user, id) !== null);
    expect(readable(accounts.committee)).toEqual([own, ownM]);
    expect(readable(accounts.otherCommittee)).toEqual([other, otherM]);
    expect(readable(accounts.staff)).toEqual(ids);
    expect(readable(accounts.admin)).toEqual(ids);
    expect(fetchAttachmentDownload(accounts.committee, agreed)).toBeNull();
    expect(fetchAttachmentDownload(accounts.staff, 999_999)).toBeNull();
    expect(fetchAttachmentDownload(accounts.staff, own)!.path).toBe(contentPath(sha256Hex(pdf("own project"))));

    // The panel follows the same rule.
    expect(fetchAttachmentPanel(accounts.committee, "project", recoming)!.files.map((f) => f.id)).toContain(own);
    expect(fetchAttachmentPanel(accounts.committee, "project", recosa)).toBeNull();
    expect(fetchAttachmentPanel(accounts.committee, "agreement", 1)).toBeNull();
    expect(fetchAttachmentPanel(accounts.committee, "project", recoming)!.abilities).toEqual({ upload: false, archive: false, restore: false });
  });

  it("sends the stored bytes through the route and audits each download; a refused or unknown one leaves no entry", async () => {
    session.current = accounts.staff;
    const bytes = pdf("audited download");
    const uploaded = await uploadAttachment({ entityType: "project", entityId: recoming }, file(bytes, "rapport audité.pdf"));
    expect(uploaded.ok).toBe(true);
    const id = database.db.select().from(attachments).where(eq(attachments.originalName, "rapport audité.pdf")).get()!.id;
    const get = (user: SessionUser | null, which: number | string) => {
      session.current = user;
      return download(new Request(`http://localhost/api/attachments/${which}`), { params: Promise.resolve({ id: String(which) }) });
    };
    const downloads = () => database.db.select().from(auditLog).where(and(eq(auditLog.action, "download"), eq(auditLog.entityId, id))).all();

    const response = await get(accounts.committee, id);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
    expect(downloads()).toMatchObject([
      { userId: accounts.committee.id, entityType: "attachment", changes: { originalName: "rapport audité.pdf", sha256: sha256Hex(bytes), record: { entityType: "project", entityId: recoming } } },
    ]);
    expect((await get(accounts.staff, id)).status).toBe(200);
    expect(downloads().map((entry) => entry.userId)).toEqual([accounts.committee.id, accounts.staff.id]);

    // Refused (another committee's member), signed out, unknown: 404 and no entry.
    expect((await get(accounts.otherCommittee, id)).status).toBe(404);
    expect((await get(null, id)).status).toBe(404);
    expect((await get(accounts.staff, 999_999)).status).toBe(404);
    expect(downloads()).toHaveLength(2);
  });

  it("names the download with the original name, ASCII fallback and RFC 5987 form", () => {
    expect(contentDisposition("الاتفاقية \"v2\".pdf")).toBe(
      `attachment; filename="_________ _v2_.pdf"; filename*=UTF-8''${encodeURIComponent("الاتفاقية \"v2\".pdf")}`,
    );
    expect(contentDisposition("minutes (final).pdf")).toBe(`attachment; filename="minutes (final).pdf"; filename*=UTF-8''minutes%20%28final%29.pdf`);
  });
});

describe("archiving and restoring", () => {
  it("hides an archived file from lists and downloads; a supervisor restores it; a stale version is a conflict", async () => {
    const agreementId = freshAgreement();
    const uploaded = await uploadAttachment({ entityType: "agreement", entityId: agreementId }, file(pdf("archive me"), "old.pdf"));
    const id = uploaded.ok ? uploaded.data.id : 0;
    expect(await archiveAttachment({ id, version: 1, entityType: "meeting" })).toMatchObject({ ok: false, error: "notFound" });
    expect(await archiveAttachment({ id, version: 1, entityType: "agreement" })).toMatchObject({ ok: true, data: { id, version: 2 } });
    expect(await archiveAttachment({ id, version: 2, entityType: "agreement" })).toMatchObject({ ok: false, error: "notFound" });
    expect(fetchAttachmentDownload(accounts.staff, id)).toBeNull();
    expect(fetchAttachmentPanel(accounts.staff, "agreement", agreementId)).toMatchObject({ files: [], archived: [] });
    expect(fetchAttachmentPanel(accounts.supervisor, "agreement", agreementId)!.archived.map((f) => f.id)).toEqual([id]);

    expect(await restoreAttachment({ id, version: 2, entityType: "agreement" })).toMatchObject({ ok: false, error: "forbidden" });
    session.current = accounts.supervisor;
    expect(await restoreAttachment({ id, version: 1, entityType: "agreement" })).toMatchObject({ ok: false, error: "conflict" });
    expect(await restoreAttachment({ id, version: 2, entityType: "agreement" })).toMatchObject({ ok: true, data: { version: 3 } });
    expect(fetchAttachmentDownload(accounts.staff, id)).not.toBeNull();
    const audit = database.db.select().from(auditLog).where(and(eq(auditLog.entityType, "attachment"), eq(auditLog.entityId, id))).all();
    expect(audit.map((a) => [a.action, a.userId])).toEqual([
      ["upload", accounts.staff.id],
      ["archive", accounts.staff.id],
      ["restore", accounts.supervisor.id],
    ]);
  });

  it("refuses a committee member's archive of their own project's file (they only read)", async () => {
    const uploaded = await uploadAttachment({ entityType: "project", entityId: recoming }, file(pdf("committee"), "c.pdf"));
    session.current = accounts.committee;
    expect(await archiveAttachment({ id: uploaded.ok ? uploaded.data.id : 0, version: 1, entityType: "project" })).toMatchObject({ ok: false, error: "forbidden" });
  });
});
