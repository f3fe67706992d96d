/**
 * Issue 14, "not stated is a value": the seed, loaded into a real SQLite file, holds no project
 * status, partner role or agreement status that the source page does not state. The expected
 * values are read off the page by hand (each with the page's words, checked against the page
 * itself); a role read from context is marked derived on its row and listed in the data-quality
 * report with a link to its project.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { agreements, dataQualityIssues, organisations, projectPartners, projects } from "@/db/schema";
import { dataQualityEntityHref } from "@/lib/data-quality/queries";
import { openSeededDatabase } from "@/tests/helpers/seeded-db";

/** The source page itself (a copy of the department's page, kept beside the loader). */
const sourcePage = fs.readFileSync(path.resolve("db/seed/bilateral-cooperation.ar.txt"), "utf8").normalize("NFKC");

let seeded: ReturnType<typeof openSeededDatabase>;
beforeAll(() => {
  seeded = openSeededDatabase("nothing-invented");
});
afterAll(() => seeded.cleanup());

const department = "Ministère délégué chargé des Marocains résidant à l'étranger";
const bmzFunds = "مشروع ممول من طرف الوزارة الفدرالية للتعاون الاقتصادي والتنمية";
const supervises = "المكلفة بالمغاربة المقيمين بالخارج: الإشراف";
const gizImplements = "وكالة التعاون الألماني (GIZ): تنفيذ المشروع";
const interiorSits = "وزارة الداخلية: عضولجنة القيادة";

/**
 * [project (acronym or Arabic title), organisation (acronym or French name), role, derived, the page's words].
 * A role "not_stated" has no words: the page lists the partner without one.
 */
const expectedPartners: [string, string, string, boolean, string | null][] = [
  ["Recoming", "BMZ", "funding", false, bmzFunds],
  ["Recoming", department, "supervision", false, supervises],
  ["Recoming", "GIZ", "implementation", false, gizImplements],
  ["Recoming", "Ministère de l'Intérieur", "steering_committee_member", false, interiorSits],
  ["Recoming", "", "not_stated", false, null],
  ["RECOSA", "BMZ", "funding", false, bmzFunds],
  ["RECOSA", department, "supervision", false, supervises],
  ["RECOSA", "GIZ", "implementation", false, gizImplements],
  ["RECOSA", "Ministère de l'Intérieur", "steering_committee_member", false, interiorSits],
  ["الشراكة المغربية-الألمانية في مجال اللجوء والحماية الدولية للاجئين", "BMZ", "funding", false, bmzFunds],
  ["الشراكة المغربية-الألمانية في مجال اللجوء والحماية الدولية للاجئين", department, "supervision", false, supervises],
  ["الشراكة المغربية-الألمانية في مجال اللجوء والحماية الدولية للاجئين", "GIZ", "implementation", false, gizImplements],
  ["الشراكة المغربية-الألمانية في مجال اللجوء والحماية الدولية للاجئين", "Ministère des Affaires étrangères et de la Coopération", "steering_committee_member", false, "وزارة الشؤون الخارجية والتعاون: عضولجنة القيادة"],
  ["تعزيز الاستثمارات المنتجة للمغاربة المقيمين بألمانيا", "GIZ", "implementation", true, "تدبير وتنفيذ المشاريع الممولة من طرف ألمانيا من لدن وكالة التعاون الألمانية GIZ"],
  ["MaghribBelgium Impulse", "Enabel", "implementation", true, "الذي يتم تنفيذه بتعاون وثيق مع الوكالة البلجيكية للتنمية «Enabel»"],
  ["MaghribBelgium Impulse", "CGEM", "strategic_partner", false, "(CGEM)كشريك استراتيجي"],
  ["Amoudou", "Enabel", "implementation", true, "الذي يتم تنفيذه بتعاون وثيق مع الوكالة البلجيكية للتنمية «Enabel»"],
  ["Amoudou", "ANAPEC", "implementation", true, "وسيتم تنفيذهذا المشروع بشراكة مع الوكالة الوطنية لإنعاش التشغيل والكفاءات"],
  ["Amoudou", "Promotion nationale", "implementation", true, "والكفاءات والانعاش الوطني"],
  ["العيش المشترك", "EUTF", "funding", true, "يندرج في إطار الصندوق الائتماني الاستعجالي"],
  ["العيش المشترك", department, "not_stated", false, null],
  ["العيش المشترك", "CNDH", "not_stated", false, null],
  ["العيش المشترك", "DIDH", "not_stated", false, null],
  ["العيش المشترك", "AECID", "not_stated", false, null],
  ["العيش المشترك", "Secrétariat d'État aux Migrations (Espagne)", "not_stated", false, null],
  ["العيش المشترك", "OBERAXE", "not_stated", false, null],
  ["العيش المشترك", "FIIAPP", "not_stated", false, null],
  ["العيش المشترك", "Délégation de l'Union européenne au Maroc", "observer", false, "مندوبية الاتحاد الأوروبي (صفة ملاحظ)"],
  ["تقوية الكفاءات التقنية لتدبير الهجرة، الاندماج، واللجوء", "AECID", "funding", true, "هذا البرنامج ممول من طرف التعاون الإسباني"],
];

describe("the seed invents nothing", () => {
  it("the page's words behind every expected role are on the page", () => {
    for (const [, , , , words] of expectedPartners) if (words) expect(sourcePage).toContain(words.normalize("NFKC"));
  });

  it("holds no project status: the page states none", () => {
    const statuses = seeded.db.select({ status: projects.status }).from(projects).all();
    expect(statuses).toHaveLength(8);
    expect(statuses.every((p) => p.status === "not_stated")).toBe(true);
  });

  it("holds exactly the partner roles the page states, derived ones marked, the others not stated", () => {
    const rows = seeded.db
      .select({ acronym: projects.acronym, titleAr: projects.titleAr, orgAcronym: organisations.acronym, orgNameFr: organisations.nameFr, role: projectPartners.partnerRole, derived: projectPartners.roleDerived })
      .from(projectPartners)
      .innerJoin(projects, eq(projects.id, projectPartners.projectId))
      .innerJoin(organisations, eq(organisations.id, projectPartners.organisationId))
      .all()
      .map((r) => [r.acronym ?? r.titleAr, r.orgAcronym ?? r.orgNameFr ?? "", r.role, r.derived]);
    const expected = expectedPartners.map(([project, organisation, role, derived]) => [project, organisation, role, derived]);
    const key = (r: unknown[]) => JSON.stringify(r);
    expect(rows.map(key).sort()).toEqual(expected.map(key).sort());
    // The department's own roles the page never uses for these partners: none left.
    expect(rows.some((r) => r[2] === "beneficiary")).toBe(false);
  });

  it("holds the agreement statuses the page states: signed (Three Cultures), in execution (the five MoUs)", () => {
    expect(sourcePage).toContain("قامت الوزارة بتوقيع اتفاقية شراكة مع مؤسسة الثقافات الثلاث يوم 20 مارس 2018");
    expect(sourcePage).toContain("(5) في ميدان تدبير سياسات الهجرة وهي في طور التنفيذ");
    const rows = seeded.db.select({ country: agreements.counterpartCountryCode, status: agreements.signingStatus }).from(agreements).all();
    expect(rows.filter((r) => r.status === "signed").map((r) => r.country)).toEqual(["ES"]);
    expect(rows.filter((r) => r.status === "in_force").map((r) => r.country).sort()).toEqual(["CI", "EG", "SD", "SN", "TN"]);
  });

  it("lists every derived role in the data-quality report, linked to its project", () => {
    const derivedRows = seeded.db
      .select({ projectId: projectPartners.projectId })
      .from(projectPartners)
      .where(eq(projectPartners.roleDerived, true))
      .all();
    expect(derivedRows).toHaveLength(expectedPartners.filter((p) => p[3]).length);
    const points = seeded.db.select().from(dataQualityIssues).where(eq(dataQualityIssues.kind, "derived")).all();
    expect(points).toHaveLength(derivedRows.length);
    for (const point of points) {
      expect(point.entityType).toBe("project");
      expect(dataQualityEntityHref(point.entityType, point.entityId)).toBe(`/projects/${point.entityId}`);
      expect(point.noteAr && point.noteFr && point.noteEn).toBeTruthy();
      expect(sourcePage).toContain(point.sourceExcerpt.normalize("NFKC"));
    }
    // Each derived row has its point on its project (one point per organisation and project).
    for (const { projectId } of derivedRows) {
      expect(seeded.db.select().from(dataQualityIssues).where(and(eq(dataQualityIssues.kind, "derived"), eq(dataQualityIssues.entityId, projectId))).all().length).toBeGreaterThan(0);
    }
  });
});
