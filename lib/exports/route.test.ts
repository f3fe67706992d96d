/**
 * GET /api/exports/[list] through the real route handler against a seeded SQLite file: a request
 * without a session is refused; a committee member's projects and milestones exports hold only
 * the projects whose steering committee they sit on; a filtered meetings export holds exactly the
 * meetings the same filters select in SQL; every export is audited with its filters.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, desc, eq, isNull } from "drizzle-orm";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { auditLog, meetings, projects } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { openSeededDatabase } from "@/tests/helpers/seeded-db";
import { firstDay, lastDay } from "@/lib/dates/partial-date";
import { meetingHeaderLabels } from "./meeting-columns";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.current }));

const { GET } = await import("@/app/api/exports/[list]/route");

let seeded: ReturnType<typeof openSeededDatabase>;
beforeAll(() => {
  seeded = openSeededDatabase("exports-route");
});
afterAll(() => seeded.cleanup());

function request(user: SessionUser | null, list: string, query = "") {
  session.current = user;
  return GET(new Request(`http://localhost/api/exports/${list}?${query}`), { params: Promise.resolve({ list }) });
}

async function xlsxOf(response: Response) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.arrayBuffer()) as ArrayBuffer);
  return workbook;
}

/** The body as text, its byte-order mark kept. */
async function textOf(response: Response) {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
}

/** The body's CSV records below the header. */
async function csvRecordsOf(response: Response) {
  return parse((await textOf(response)).slice(1), { from_line: 2 }) as string[][];
}

/** The values of a column below the header row. */
function columnValues(sheet: ExcelJS.Worksheet, column: number) {
  const values: unknown[] = [];
  sheet.eachRow((row, index) => {
    if (index > 1) values.push(row.getCell(column).value);
  });
  return values;
}

describe("exports route", () => {
  it("refuses a request without a session, and an unknown list", async () => {
    expect((await request(null, "meetings")).status).toBe(401);
    expect((await request(seeded.accounts.staff, "users")).status).toBe(404);
  });

  it("gives a committee member only the projects and milestones of their committee", async () => {
    const { committee } = seeded.accounts;
    const response = await request(committee, "projects", "format=xlsx");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="taawun-projects-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const workbook = await xlsxOf(response);
    expect(columnValues(workbook.worksheets[0]!, 1)).toEqual([seeded.projectIds.recoming]);
    expect(new Set(columnValues(workbook.worksheets[1]!, 1))).toEqual(new Set([seeded.projectIds.recoming]));

    const milestones = await csvRecordsOf(await request(committee, "milestones", "format=csv"));
    expect(milestones.length).toBeGreaterThan(0);
    expect(new Set(milestones.map((m) => Number(m[1])))).toEqual(new Set([seeded.projectIds.recoming]));
    // Asking for another project's milestones yields none.
    const other = await csvRecordsOf(await request(committee, "milestones", `format=csv&project=${seeded.projectIds.recosa}`));
    expect(other).toEqual([]);

    // Staff see every live project.
    const all = await xlsxOf(await request(seeded.accounts.staff, "projects"));
    const live = seeded.db.select({ id: projects.id }).from(projects).where(isNull(projects.archivedAt)).orderBy(projects.id).all().map((p) => p.id);
    expect(columnValues(all.worksheets[0]!, 1)).toEqual(live);
  });

  it("exports exactly the filtered meetings, newest first, and audits who exported what", async () => {
    const { staff } = seeded.accounts;
    const response = await request(staff, "meetings", "format=csv&country=ES&from=2015-01-01&to=2018-12-31&page=3");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const text = await textOf(response);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...records] = parse(text.slice(1)) as string[][];
    expect(header).toEqual([...meetingHeaderLabels.ar]);
    // The same selection computed independently: Spanish meetings whose span meets 2015-2018.
    const expected = seeded.db
      .select({ id: meetings.id, startsOn: meetings.startsOn, endsOn: meetings.endsOn })
      .from(meetings)
      .where(and(eq(meetings.countryCode, "ES"), isNull(meetings.archivedAt)))
      .orderBy(desc(meetings.startsOn), desc(meetings.id))
      .all()
      .filter((m) => firstDay(m.startsOn) <= "2018-12-31" && lastDay(m.endsOn ?? m.startsOn) >= "2015-01-01")
      .map((m) => String(m.id));
    expect(expected.length).toBeGreaterThan(0);
    expect(records.map((r) => r[0])).toEqual(expected);
    expect(records.every((r) => r[5] === "ES" && r[4] === "إسبانيا")).toBe(true);

    const entry = seeded.db.select().from(auditLog).where(eq(auditLog.action, "export")).orderBy(desc(auditLog.id)).get();
    expect(entry).toMatchObject({ userId: staff.id, entityType: "export", entityId: null });
    expect(entry?.changes).toEqual({ list: "meetings", format: "csv", filters: { q: "", country: "ES", from: "2015-01-01", to: "2018-12-31" } });
  });
});
