/**
 * Round trip (issue #10, item 3): every seeded meeting, written out in the meetings export's shape
 * (the columns agreed with lib/exports: headers in Arabic, kind and country by their Arabic names,
 * the country code, counterparts "name — title", a day as a real date cell, a month or a year as
 * its text), re-imports as a match of its own record, by id, with nothing to change; committing it
 * writes nothing. Proved twice: with the real export writer (lib/exports prepareExport, XLSX in
 * Arabic and CSV in French), and with a file built here in the export's shape.
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { asc, count, eq, isNull } from "drizzle-orm";
import { auditLog, countries, meetingCounterparts, meetings, people } from "@/db/schema";
import ar from "@/messages/ar.json";
import type { SessionUser } from "@/lib/auth/session";
import { openSeededDatabase } from "@/tests/helpers/seeded-db";
import { importColumns } from "./columns";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { previewImport, commitImport } = await import("./actions");
const { prepareExport } = await import("@/lib/exports/lists");

let database: ReturnType<typeof openSeededDatabase>;
beforeAll(() => {
  database = openSeededDatabase("imports-round-trip");
  session.current = database.accounts.staff;
});
afterAll(() => database.cleanup());

/** The seeded meetings as the export writes them (first sheet only: the import reads no other). */
async function exportShapedWorkbook(): Promise<File> {
  const { db } = database;
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("اللقاءات", { views: [{ rightToLeft: true, state: "frozen", ySplit: 1 }] });
  sheet.addRow(importColumns.meetings.map((c) => c.labels.ar));
  const rows = db.select().from(meetings).leftJoin(countries, eq(countries.code, meetings.countryCode)).where(isNull(meetings.archivedAt)).orderBy(asc(meetings.id)).all();
  for (const { meetings: m, countries: c } of rows) {
    const counterparts = db
      .select({ name: people.name, title: meetingCounterparts.titleAtMeeting })
      .from(meetingCounterparts)
      .innerJoin(people, eq(people.id, meetingCounterparts.personId))
      .where(eq(meetingCounterparts.meetingId, m.id))
      .orderBy(asc(meetingCounterparts.position))
      .all()
      .map((p) => (p.title ? `${p.name} — ${p.title}` : p.name))
      .join("; ");
    const asCell = (date: string | null) => (date && date.length === 10 ? new Date(`${date}T00:00:00Z`) : (date ?? ""));
    sheet.addRow([m.id, asCell(m.startsOn), asCell(m.endsOn), ar.meetings.kinds[m.kind], c?.nameAr ?? "", m.countryCode ?? "", m.city ?? "", m.venue ?? "", counterparts, m.topics ?? "", m.outcome ?? ""]);
  }
  return new File([new Uint8Array(await book.xlsx.writeBuffer())], "export-meetings.xlsx");
}

/** Previews `file` as a meetings import, commits it as "update every match", and checks nothing moved. */
async function reimportChangesNothing(file: File) {
  const live = database.db.select({ n: count() }).from(meetings).where(isNull(meetings.archivedAt)).get()!.n;
  expect(live).toBeGreaterThan(10);
  const data = new FormData();
  data.set("kind", "meetings");
  data.set("file", file);
  const preview = await previewImport(data);
  if (!preview.ok) throw new Error(JSON.stringify(preview));
  const notUnchanged = preview.data.rows.filter((r) => r.status !== "unchanged");
  expect(notUnchanged, JSON.stringify(notUnchanged.slice(0, 3), null, 1)).toEqual([]);
  expect(preview.data.rows).toHaveLength(live);
  expect(preview.data.rows.every((r) => r.match?.reason === "id")).toBe(true);
  const before = [database.db.select({ n: count() }).from(meetings).get()!.n, database.db.select({ n: count() }).from(auditLog).get()!.n];
  const decisions = preview.data.rows.map((r) => ({ rowNumber: r.rowNumber, action: "update", matchId: r.match!.id, matchVersion: r.match!.version }));
  data.set("decisions", JSON.stringify(decisions));
  expect(await commitImport(data)).toMatchObject({ ok: true, data: { created: 0, updated: 0, unchanged: live } });
  expect([database.db.select({ n: count() }).from(meetings).get()!.n, database.db.select({ n: count() }).from(auditLog).get()!.n]).toEqual(before);
}

describe("a meetings export re-imported", () => {
  it.each([
    ["xlsx", "ar"],
    ["csv", "fr"],
    ["xlsx", "en"],
  ] as const)("the real export (%s, %s) matches every row by its id and changes nothing", async (format, locale) => {
    const exported = prepareExport(database.accounts.staff, "meetings", format, {}, locale, "2026-12-01");
    const file = new File([await new Response(exported.body).arrayBuffer()], exported.fileName);
    await reimportChangesNothing(file);
  });

  it("a file built in the export's shape matches every row by its id and changes nothing", async () => {
    await reimportChangesNothing(await exportShapedWorkbook());
  });
});
