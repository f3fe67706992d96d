/**
 * IATI 2.03 activity files from the seeded records, validated against the official schema
 * (lib/iati/schema/2.03, IATI-Schemas version-2.03) with xmllint: Recoming's file and the file of
 * all validated projects; a date held only to the month is absent and named in the export note.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { projects } from "@/db/schema";
import { openSeededDatabase } from "@/tests/helpers/seeded-db";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => null }));

const { fetchProjectsForIati } = await import("./queries");
const { buildIatiActivities, PLACEHOLDER_REPORTING_ORG_REF } = await import("./activity-xml");
const { documentTranslator } = await import("@/lib/publications/translator");

const schema = path.resolve("lib/iati/schema/2.03/iati-activities-schema.xsd");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "taawun-iati-"));
let seeded: ReturnType<typeof openSeededDatabase>;

beforeAll(() => {
  seeded = openSeededDatabase("iati");
  // The source page gives Recoming no period. Staff record what the department's files say: a
  // planned start to the day, a planned end known only to the month (it must stay out of IATI).
  // The page states no project status either: staff record Recoming's and Vivre ensemble's.
  seeded.db.update(projects).set({ plannedStart: "2015-11-01", plannedEnd: "2019-12", status: "implementation" }).where(eq(projects.id, seeded.projectIds.recoming)).run();
  seeded.db.update(projects).set({ status: "implementation" }).where(eq(projects.titleFr, "Vivre ensemble")).run();
  // Vivre ensemble holds its period to the day; give it a budget (with cents) to see the budget element.
  seeded.db.update(projects).set({ budgetHundredths: 500_000_050, budgetCurrency: "EUR", budgetKind: "original" }).where(eq(projects.titleFr, "Vivre ensemble")).run();
});
afterAll(() => {
  seeded.cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

function exportFor(filter: Parameters<typeof fetchProjectsForIati>[1], locale: "ar" | "fr" | "en" = "en") {
  const rows = fetchProjectsForIati(seeded.accounts.supervisor, filter);
  return buildIatiActivities(
    rows,
    { reportingOrgRef: PLACEHOLDER_REPORTING_ORG_REF, departmentNames: { ar: "الوزارة المنتدبة", fr: "Ministère délégué", en: "Ministry Delegate" }, now: "2026-12-01T20:00:00.000Z", locale },
    documentTranslator(locale),
  );
}

/** xmllint's verdict: "validates", or the errors it prints. */
function validate(xml: string, name: string): string {
  const file = path.join(dir, `${name}.xml`);
  fs.writeFileSync(file, xml);
  try {
    execFileSync("xmllint", ["--noout", "--nonet", "--schema", schema, file], { encoding: "utf8", stdio: "pipe" });
    return "validates";
  } catch (error) {
    return String((error as { stderr?: string }).stderr ?? error);
  }
}

describe("Recoming's IATI file", () => {
  it("passes the IATI 2.03 schema; the month-precision end is absent and named in the note", () => {
    const result = exportFor({ project: seeded.projectIds.recoming });
    expect(validate(result.xml, "recoming")).toBe("validates");
    expect(result.activityCount).toBe(1);
    expect(result.xml).toContain(`<iati-identifier>${PLACEHOLDER_REPORTING_ORG_REF}-${seeded.projectIds.recoming}</iati-identifier>`);
    expect(result.xml).toContain('<activity-date type="1" iso-date="2015-11-01"/>');
    // Planned end 2019-12: no activity-date of type 3, no padded day, and the note says why.
    expect(result.xml).not.toMatch(/activity-date type="3"/);
    expect(result.xml).not.toMatch(/2019-12-\d\d/);
    expect(result.notes.some((line) => line.includes("2019-12") && line.includes("planned end"))).toBe(true);
    expect(result.xml).toMatch(/<!--[\s\S]*2019-12[\s\S]*-->/);
    // Milestones held to the month are named, not turned into results; the day-dated session is one.
    expect(result.notes.some((line) => line.includes("2017-04"))).toBe(true);
    expect(result.xml.match(/<result /g)).toHaveLength(1);
    expect(result.xml).toContain('<period-start iso-date="2016-01-22"/>');
  });

  it("gives IATI role codes to funding, supervision and implementation, and none to the department's own roles", () => {
    const { xml, notes } = exportFor({ project: seeded.projectIds.recoming });
    expect(xml).toMatch(/<participating-org role="1"[^>]*>\s*<narrative xml:lang="ar">الوزارة الفدرالية/);
    expect(xml).toMatch(/<participating-org role="2"/);
    expect(xml).toMatch(/<participating-org role="4"/);
    expect(xml).not.toContain("وزارة الداخلية");
    expect(notes.some((line) => line.includes("Steering-committee member"))).toBe(true);
    expect(xml).toContain('<narrative xml:lang="ar">تعزيز قدرات الجماعات المحلية المغربية في تدبير ملف الهجرة</narrative>');
    expect(xml).toContain('<activity-status code="2"/>');
    expect(xml).toContain('<recipient-country code="MA" percentage="100"/>');
  });
});

describe("the IATI file of all validated projects", () => {
  it("passes the schema; projects with no day-precision date are named, not padded", () => {
    const result = exportFor({});
    expect(validate(result.xml, "all")).toBe("validates");
    expect(result.activityCount).toBe(2);
    // Vivre ensemble: full dates, a budget with currency and value date.
    expect(result.xml).toContain('<value currency="EUR" value-date="2017-08-24">5000000.50</value>');
    // RECOSA (2016-2019) and Amoudou (2016-2020) stay out, with a note each.
    expect(result.notes.some((line) => line.startsWith("RECOSA") && line.includes("left out of the file"))).toBe(true);
    expect(result.notes.some((line) => line.startsWith("Amoudou") && line.includes("left out of the file"))).toBe(true);
    expect(result.xml).not.toMatch(/iso-date="\d{4}(-\d{2})?"/);
    // A project with full dates but no stated status stays out, named: IATI requires a status.
    seeded.db.update(projects).set({ plannedStart: "2016-01-01" }).where(eq(projects.acronym, "Amoudou")).run();
    const withDates = exportFor({});
    expect(withDates.activityCount).toBe(2);
    expect(withDates.notes.some((line) => line.startsWith("Amoudou") && line.includes("status is not stated"))).toBe(true);
    seeded.db.update(projects).set({ plannedStart: "2016" }).where(eq(projects.acronym, "Amoudou")).run();
  });

  it("leaves out a project that is not validated", () => {
    seeded.db.update(projects).set({ validationStatus: "edited" }).where(eq(projects.titleFr, "Vivre ensemble")).run();
    const result = exportFor({});
    expect(result.activityCount).toBe(1);
    expect(validate(result.xml, "not-validated")).toBe("validates");
    seeded.db.update(projects).set({ validationStatus: "validated" }).where(eq(projects.titleFr, "Vivre ensemble")).run();
  });

  it("writes the note in the user's language", () => {
    const { notes } = exportFor({ project: seeded.projectIds.recoming }, "ar");
    expect(notes.some((line) => line.includes("2019-12") && line.includes("النهاية المقررة"))).toBe(true);
  });
});
