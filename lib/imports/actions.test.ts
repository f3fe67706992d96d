/**
 * The import against a real SQLite file: preview (matching by id, by name in any script, by date,
 * country and counterparts; countries by name or code), commit through the write path (all rows or
 * none, version checks, audit naming the file, "new" in the validation queue), and idempotence.
 * Only the session lookup is replaced (there is no HTTP request).
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { auditLog, countries, importBatches, meetingCounterparts, meetings, organisations, people, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { openFreshDatabase } from "@/tests/helpers/test-db";
import type { ImportPreview } from "./preview";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { previewImport, commitImport } = await import("./actions");

let database: ReturnType<typeof openFreshDatabase>;
const staff: SessionUser = { id: 0, email: "s@t.test", name: "Staff", role: "staff", locale: "fr", mustChangePassword: false };
const supervisor: SessionUser = { ...staff, email: "v@t.test", name: "Supervisor", role: "supervisor" };
const committee: SessionUser = { ...staff, email: "c@t.test", name: "Committee", role: "committee" };
let ahmed: number;

beforeAll(() => {
  database = openFreshDatabase("imports");
  const { db } = database;
  for (const u of [staff, supervisor, committee]) u.id = db.insert(users).values({ email: u.email, name: u.name, role: u.role, passwordHash: "x" }).returning().get().id;
  db.insert(countries)
    .values([
      { code: "ES", nameAr: "إسبانيا", nameFr: "Espagne", nameEn: "Spain" },
      { code: "SN", nameAr: "السنغال", nameFr: "Sénégal", nameEn: "Senegal" },
    ])
    .run();
  ahmed = db.insert(people).values({ name: "أحمد بن علي", nameTransliterated: "Ahmed Ben Ali", validationStatus: "validated" }).returning().get().id;
  db.insert(organisations).values({ nameFr: "Agence espagnole de coopération", acronym: "AECID", type: "donor_agency", countryCode: "ES" }).run();
});
afterAll(() => database.cleanup());
beforeEach(() => {
  session.current = staff;
});

const meetingHeaders = ["Identifiant", "Date", "Date de fin", "Type d'entretien", "Pays de l'interlocuteur", "Code pays", "Ville", "Lieu", "Interlocuteurs", "Sujets abordés", "Résultats"];

async function workbook(rows: unknown[][], headers = meetingHeaders): Promise<File> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("x");
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return new File([new Uint8Array(await book.xlsx.writeBuffer())], "entretiens.xlsx");
}

function form(kind: string, file: File, extra: Record<string, unknown> = {}) {
  const data = new FormData();
  data.set("kind", kind);
  data.set("file", file);
  for (const [k, v] of Object.entries(extra)) data.set(k, JSON.stringify(v));
  return data;
}

async function preview(kind: string, file: File, readings: Record<string, string> = {}): Promise<ImportPreview> {
  const answer = await previewImport(form(kind, file, { readings }));
  if (!answer.ok) throw new Error(JSON.stringify(answer));
  return answer.data;
}

/** Commits with the page's defaults: create what is new, update what matches, skip the rest. */
async function commit(kind: string, file: File, readings: Record<string, string> = {}, override: Record<number, string> = {}) {
  const shown = await preview(kind, file, readings);
  const decisions = shown.rows.map((r) => ({
    rowNumber: r.rowNumber,
    action: override[r.rowNumber] ?? (r.status === "new" ? "create" : r.status === "match" ? "update" : "skip"),
    matchId: r.match?.id ?? null,
    matchVersion: r.match?.version ?? null,
  }));
  return commitImport(form(kind, file, { readings, decisions }));
}

const countMeetings = () => database.db.select({ n: count() }).from(meetings).get()!.n;
const countPeople = () => database.db.select({ n: count() }).from(people).get()!.n;

describe("meetings import", () => {
  let file: File;
  beforeAll(async () => {
    file = await workbook([
      ["", "05/12/2018", "07/12/2018", "Séance de travail", "Espagne", "", "Marrakech", "", "احمد بن علي — Ministre", "Migration", ""],
      ["", "2019-03", "", "زيارة مجاملة", "السنغال", "sn", "", "", "Ahmed Ben Ali", "", ""],
      ["", "31/04/2019", "", "working_meeting", "Espagne", "", "", "", "Jean Dupont", "", ""],
      ["", "12/06/2019", "", "Séance de travail", "Atlantide", "", "", "", "Jean Dupont", "", ""],
      ["", "03/04/20", "", "Courtesy call", "", "ES", "", "", "Jean Dupont — Maire", "", ""],
      ["", new Date(Date.UTC(2021, 0, 15)), "", "Séance de travail", "Spain", "", "Madrid", "", "Jean Dupont — Maire; Ana Pérez", "", ""],
      ["", 2016, "", "Autre", "", "", "", "", "Ana Pérez", "", ""],
    ]);
  });

  it("previews each row: new, refused naming its column, a date to decide; people and countries matched by name in any script or by code", async () => {
    const shown = await preview("meetings", file);
    const byRow = new Map(shown.rows.map((r) => [r.rowNumber, r]));
    expect(shown.rows.map((r) => r.status)).toEqual(["new", "new", "refused", "refused", "ambiguous", "new", "new"]);
    expect(byRow.get(2)!.counterparts).toEqual([{ name: "احمد بن علي", title: "Ministre", personId: ahmed, personName: "أحمد بن علي" }]);
    expect(byRow.get(3)!.counterparts[0]!.personId).toBe(ahmed);
    expect(byRow.get(4)!.issues).toEqual([{ code: "dateImpossible", field: "startsOn", value: "31/04/2019" }]);
    expect(byRow.get(5)!.issues).toEqual([{ code: "countryUnknown", field: "country", value: "Atlantide" }]);
    expect(byRow.get(6)!.ambiguous).toEqual([{ field: "startsOn", value: "03/04/20", readings: { dmy: "2020-04-03", mdy: "2020-03-04" } }]);
    expect(byRow.get(7)!.counterparts.map((c) => c.personId)).toEqual([null, null]);
    expect(shown.counts).toEqual({ new: 4, match: 0, unchanged: 0, refused: 2, ambiguous: 1 });
    // The preview writes nothing.
    expect(countMeetings()).toBe(0);
  });

  it("a row marked for import while refused refuses the whole commit: nothing is written", async () => {
    const before = [countMeetings(), countPeople()];
    const answer = await commit("meetings", file, {}, { 4: "create" });
    expect(answer).toMatchObject({ ok: false, error: "rule", message: "importRowRefused" });
    expect([countMeetings(), countPeople()]).toEqual(before);
  });

  it("commits the accepted rows in one transaction, as 'new' in the validation queue (even for a supervisor), audited with the file's name", async () => {
    session.current = supervisor;
    const answer = await commit("meetings", file, { 6: "dmy" });
    expect(answer).toMatchObject({ ok: true, data: { created: 5, updated: 0, skipped: 2 } });
    expect(countMeetings()).toBe(5);
    const madrid = database.db.select().from(meetings).where(eq(meetings.city, "Madrid")).get()!;
    expect(madrid).toMatchObject({ startsOn: "2021-01-15", countryCode: "ES", kind: "working_meeting", validationStatus: "new" });
    expect(database.db.select().from(meetings).where(eq(meetings.startsOn, "2020-04-03")).get()).toMatchObject({ kind: "courtesy_call", countryCode: "ES" });
    expect(database.db.select().from(meetings).where(eq(meetings.startsOn, "2019-03")).get()).toMatchObject({ countryCode: "SN" });
    // "Jean Dupont" is one new person, whatever the number of rows naming him.
    const jean = database.db.select().from(people).where(eq(people.name, "Jean Dupont")).all();
    expect(jean).toHaveLength(1);
    expect(jean[0]!.validationStatus).toBe("new");
    expect(database.db.select({ n: count() }).from(meetingCounterparts).where(eq(meetingCounterparts.personId, jean[0]!.id)).get()!.n).toBe(2);
    const entry = database.db.select().from(auditLog).where(eq(auditLog.action, "import")).get()!;
    expect(entry.changes).toMatchObject({ kind: "meetings", fileName: "entretiens.xlsx", created: expect.any(Array) });
    expect(database.db.select().from(importBatches).get()).toMatchObject({ fileName: "entretiens.xlsx", createdCount: 5 });
  });

  it("importing the same file again creates nothing: every accepted row now matches, unchanged", async () => {
    const shown = await preview("meetings", file, { 6: "dmy" });
    expect(shown.alreadyImported).toMatchObject({ fileName: "entretiens.xlsx" });
    expect(shown.rows.map((r) => r.status)).toEqual(["unchanged", "unchanged", "refused", "refused", "unchanged", "unchanged", "unchanged"]);
    expect(shown.rows[0]!.match).toMatchObject({ reason: "sameMeeting" });
    const before = [countMeetings(), countPeople(), database.db.select({ n: count() }).from(auditLog).get()!.n];
    expect(await commit("meetings", file, { 6: "dmy" })).toMatchObject({ ok: true, data: { created: 0, updated: 0, unchanged: 5, batchId: null } });
    expect([countMeetings(), countPeople(), database.db.select({ n: count() }).from(auditLog).get()!.n]).toEqual(before);
  });

  it("matches a row by its id, updates it with a version check, and refuses the whole file when the record moved on", async () => {
    const madrid = database.db.select().from(meetings).where(eq(meetings.city, "Madrid")).get()!;
    const edit = await workbook([
      [String(madrid.id), "", "", "", "", "", "", "Palacio", "", "Migration circulaire", ""],
      ["", "2022", "", "Autre", "", "", "", "", "Ana Pérez", "", ""],
    ]);
    const shown = await preview("meetings", edit);
    expect(shown.rows[0]).toMatchObject({ status: "match", match: { id: madrid.id, reason: "id" }, changes: ["venue", "topics"] });
    // Someone saves the meeting between the preview and the commit.
    const decisions = shown.rows.map((r) => ({ rowNumber: r.rowNumber, action: r.status === "new" ? "create" : "update", matchId: r.match?.id ?? null, matchVersion: r.match?.version ?? null }));
    database.db.update(meetings).set({ version: madrid.version + 1 }).where(eq(meetings.id, madrid.id)).run();
    const before = countMeetings();
    expect(await commitImport(form("meetings", edit, { readings: {}, decisions }))).toMatchObject({ ok: false, error: "conflict" });
    expect(countMeetings()).toBe(before);
    // Previewed again, it goes through: blank cells keep what is stored.
    expect(await commit("meetings", edit)).toMatchObject({ ok: true, data: { created: 1, updated: 1 } });
    expect(database.db.select().from(meetings).where(eq(meetings.id, madrid.id)).get()).toMatchObject({ venue: "Palacio", topics: "Migration circulaire", city: "Madrid", startsOn: "2021-01-15" });
  });

  it("refuses unknown headers, and a committee member may not import", async () => {
    const odd = await workbook([["x"]], ["Date", "Couleur"]);
    expect(await previewImport(form("meetings", odd))).toMatchObject({ ok: false, error: "refused", message: "unknownHeaders", params: { headers: "Couleur" } });
    session.current = committee;
    expect(await previewImport(form("meetings", file))).toMatchObject({ ok: false, error: "forbidden" });
    expect(await commitImport(form("meetings", file, { decisions: [] }))).toMatchObject({ ok: false, error: "forbidden" });
  });
});

describe("people and organisations import", () => {
  it("matches a person by name in either script, Arabic-normalised; creates the others", async () => {
    const csv = new File(["\uFEFFName (original script),Name in another script (optional),Country,Country code,Notes\r\nاحمد بن على,,,ES,Ministre\r\nFatou Diop,,Sénégal,,\r\n"], "people.csv");
    const shown = await preview("people", csv);
    expect(shown.rows[0]).toMatchObject({ status: "match", match: { id: ahmed, reason: "name" }, changes: ["country", "notes"] });
    expect(shown.rows[1]).toMatchObject({ status: "new" });
    expect(await commit("people", csv)).toMatchObject({ ok: true, data: { created: 1, updated: 1 } });
    expect(database.db.select().from(people).where(eq(people.id, ahmed)).get()).toMatchObject({ name: "أحمد بن علي", countryCode: "ES", notes: "Ministre" });
    expect(database.db.select().from(people).where(and(eq(people.name, "Fatou Diop"), eq(people.countryCode, "SN"))).get()).toBeTruthy();
  });

  it("matches an organisation by acronym and reads its type in any language", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("x");
    sheet.addRow(["الاسم بالعربية", "Sigle", "Type", "Country code"]);
    sheet.addRow(["الوكالة الإسبانية للتعاون الدولي", "aecid", "Agence donatrice", "ES"]);
    sheet.addRow(["", "ANAPEC", "مؤسسة وطنية", "MA"]);
    const file = new File([new Uint8Array(await book.xlsx.writeBuffer())], "organismes.xlsx");
    const shown = await preview("organisations", file);
    expect(shown.rows[0]).toMatchObject({ status: "match", match: { reason: "acronym" }, changes: ["nameAr"] });
    expect(shown.rows[1]).toMatchObject({ status: "refused", issues: [{ code: "countryCodeUnknown", field: "countryCode", value: "MA" }] });
  });
});
