/**
 * The project write path and reads against a real SQLite file: permission, validation, the
 * committee member's scope, optimistic locking per project and per milestone, progress computed
 * in SQL (list) and in TypeScript (project page) agreeing, archive and restore.
 * Only the session lookup is replaced (there is no HTTP request).
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog, countries, organisations, partnerRoles, projectPartners, steeringCommitteeMemberships} from "@/db/schema";
import { partnerRoleRecords } from "@/db/seed/source-records";
import type { SessionUser } from "@/lib/auth/session";
import { actionTestFixture } from "@/tests/helpers/action-fixture";
import { todayIn } from "@/lib/dates/partial-date";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// Projects with their milestones and their programme: the three rooms are exercised together.
const { createProject, updateProject, archiveProject, restoreProject } = await import("./actions");
const { createMilestone, updateMilestone, markMilestoneDone } = await import("@/lib/milestones/actions");
const { createProgramme, archiveProgramme } = await import("@/lib/programmes/actions");
const { fetchProject, fetchProjectsPage, fetchProjectFilterOptions } = await import("./queries");
const { searchChoices } = await import("@/lib/choices/queries");
const { fetchProgramme } = await import("@/lib/programmes/queries");
const { emptyProjectForm, projectFiltersSchema } = await import("./schema");
const { emptyPartner } = await import("./form-defaults");
const { emptyMilestoneForm } = await import("@/lib/milestones/form-defaults");
const { emptyProgrammeForm } = await import("@/lib/programmes/schema");

const fixture = actionTestFixture("projects", session, { countries: ["DE", "MA", "BE"] });
const { staff, otherStaff, committee, supervisor } = fixture;
let bmz: number;
let giz: number;
beforeAll(() => {
  const { db } = fixture;
  db.insert(partnerRoles).values(partnerRoleRecords.map((r) => ({ ...r }))).run();
  bmz = db.insert(organisations).values({ acronym: "BMZ", nameFr: "BMZ", type: "donor_agency", countryCode: "DE" }).returning().get().id;
  giz = db.insert(organisations).values({ acronym: "GIZ", nameFr: "GIZ", type: "implementing_agency", countryCode: "DE" }).returning().get().id;
});

const filters = (raw: Record<string, string> = {}) => projectFiltersSchema.parse(raw);

function projectInput(overrides: Partial<ReturnType<typeof emptyProjectForm>> = {}) {
  return {
    ...emptyProjectForm(),
    acronym: `T-${Math.random().toString(36).slice(2, 8)}`,
    titleAr: "تعزيز قدرات الجماعات المحلية",
    titleEn: "Local authorities' capacities",
    partnerCountryCode: "DE",
    status: "implementation" as const,
    plannedStart: { precision: "year" as const, value: "2016" },
    plannedEnd: { precision: "month" as const, value: "2017-05" },
    budgetAmount: "4 600 000",
    budgetCurrency: "EUR",
    objectives: [{ text: "الهدف الأول" }, { text: "الهدف الثاني" }],
    phases: [
      { phase: "preparation" as const, plannedMonths: "6", plannedStart: { precision: "month" as const, value: "" }, plannedEnd: { precision: "month" as const, value: "" } },
    ],
    partners: [
      // One organisation holding two roles, and one typed in inline.
      { ...emptyPartner(), organisationId: String(giz), roles: ["implementation", "steering_committee_member"] },
      { ...emptyPartner(), roles: ["funding"], newOrganisation: { nameAr: "وكالة جديدة", nameFr: "", nameEn: "New agency", acronym: "NA", type: "donor_agency" as const, countryCode: "BE" } },
    ],
    ...overrides,
  };
}

function milestone(overrides: Partial<ReturnType<typeof emptyMilestoneForm>> = {}) {
  return { ...emptyMilestoneForm(), title: "ورشة", ...overrides };
}

async function createdProject(overrides: Partial<ReturnType<typeof emptyProjectForm>> = {}) {
  const result = await createProject(projectInput(overrides));
  if (!result.ok) throw new Error(`setup failed: ${JSON.stringify(result)}`);
  return result.data.id;
}

describe("createProject", () => {
  it("records a project with partners in their roles (one holding two), objectives, phases and budget", async () => {
    const id = await createdProject();
    const stored = fetchProject(staff, id, "2017-01-01")!;
    expect(stored.project).toMatchObject({ plannedStart: "2016", plannedEnd: "2017-05", budgetHundredths: 460_000_000, budgetCurrency: "EUR", budgetKind: "original", createdBy: staff.id });
    expect(stored.partners.filter((p) => p.organisationId === giz).map((p) => p.role).sort()).toEqual(["implementation", "steering_committee_member"]);
    const inline = stored.partners.find((p) => p.acronym === "NA");
    expect(inline).toMatchObject({ role: "funding", iatiCode: 1 });
    expect(stored.objectives.map((o) => o.text)).toEqual(["الهدف الأول", "الهدف الثاني"]);
    expect(stored.phases).toMatchObject([{ phase: "preparation", plannedMonths: 6 }]);
    const audit = fixture.db.select().from(auditLog).where(and(eq(auditLog.entityType, "project"), eq(auditLog.entityId, id))).all();
    expect(audit.map((a) => [a.action, a.userId])).toEqual([["create", staff.id]]);
    expect(fixture.db.select().from(auditLog).where(and(eq(auditLog.entityType, "organisation"), eq(auditLog.entityId, inline!.organisationId))).all()).toHaveLength(1);
  });

  it("returns field errors as message keys and writes nothing on bad input", async () => {
    const result = await createProject(
      projectInput({
        titleAr: "",
        titleEn: "",
        budgetCurrency: "",
        plannedEnd: { precision: "year", value: "2015" },
        partners: [{ ...emptyPartner(), roles: [] }],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toMatchObject({
      titleAr: ["titleRequired"],
      budgetCurrency: ["currencyRequired"],
      "plannedEnd.value": ["dateRangeOrder"],
      "partners.0.roles": ["rolesRequired"],
      "partners.0.organisationId": ["organisationRequired"],
    });
  });

  it("refuses an unknown role and rolls back the organisation typed in", async () => {
    const before = fixture.db.select().from(organisations).all().length;
    const result = await createProject(
      projectInput({
        partners: [
          { ...emptyPartner(), roles: ["funding"], newOrganisation: { nameAr: "", nameFr: "Éphémère", nameEn: "", acronym: "", type: "other", countryCode: "" } },
          { ...emptyPartner(), organisationId: String(bmz), roles: ["sponsor"] },
        ],
      }),
    );
    expect(result).toMatchObject({ ok: false, error: "rule", fieldErrors: { "partners.1.roles": ["invalidOption"] } });
    expect(fixture.db.select().from(organisations).all()).toHaveLength(before);
  });

  it("is refused to a committee member at the server", async () => {
    session.current = committee;
    expect(await createProject(projectInput())).toMatchObject({ ok: false, error: "forbidden" });
  });
});

describe("updateProject", () => {
  it("refuses a stale version and keeps the other person's partners", async () => {
    const id = await createdProject();
    const loaded = fetchProject(staff, id, "2017-01-01")!;
    session.current = otherStaff;
    const first = await updateProject({
      id,
      version: loaded.project.version,
      values: projectInput({ partners: [{ ...emptyPartner(), organisationId: String(bmz), roles: ["funding"] }] }),
    });
    expect(first).toMatchObject({ ok: true, data: { version: 2 } });
    session.current = staff;
    const stale = await updateProject({ id, version: loaded.project.version, values: projectInput({ titleAr: "تعديلي المتأخر" }) });
    expect(stale).toMatchObject({ ok: false, error: "conflict" });
    const after = fetchProject(staff, id, "2017-01-01")!;
    expect(after.partners.map((p) => [p.organisationId, p.role])).toEqual([[bmz, "funding"]]);
    expect(after.project.titleAr).not.toBe("تعديلي المتأخر");
    expect(after.history[0]).toMatchObject({ action: "update" });
    expect(Object.keys(after.history[0]!.changes ?? {})).toContain("partners");
  });

  it("is refused to a committee member, even on their own committee's project", async () => {
    const id = await createdProject();
    fixture.db.insert(steeringCommitteeMemberships).values({ userId: committee.id, projectId: id }).run();
    session.current = committee;
    const result = await updateProject({ id, version: 1, values: projectInput({ titleAr: "محاولة" }) });
    expect(result).toMatchObject({ ok: false, error: "forbidden" });
  });
});

describe("milestones and progress", () => {
  it("computes share done, late and next due the same way in SQL (list) and on the project page", async () => {
    const id = await createdProject({ acronym: "PROGRESS" });
    const day = await createMilestone({ projectId: id, values: milestone({ title: "يوم", plannedOn: { precision: "day", value: "2017-04-12" } }) });
    const month = await createMilestone({ projectId: id, values: milestone({ title: "شهر", plannedOn: { precision: "month", value: "2017-04" } }) });
    const year = await createMilestone({ projectId: id, values: milestone({ title: "سنة", plannedOn: { precision: "year", value: "2018" } }) });
    await createMilestone({ projectId: id, values: milestone({ title: "ملغى", status: "cancelled", plannedOn: { precision: "month", value: "2016-01" } }) });
    expect(day.ok && month.ok && year.ok).toBe(true);
    if (!day.ok || !month.ok) return;

    const listRow = (today: string) => fetchProjectsPage(staff, filters({ q: "PROGRESS" }), today).rows[0]!;
    const page = (today: string) => fetchProject(staff, id, today)!;

    // 20 April 2017: the day milestone is late, the April one is not yet.
    expect(listRow("2017-04-20").progress).toEqual({ total: 4, counted: 3, done: 0, late: 1, shareDone: 0 });
    expect(page("2017-04-20").progress).toMatchObject({ done: 0, late: 1 });
    expect(listRow("2017-04-20").nextDue).toMatchObject({ title: "شهر", plannedOn: "2017-04" });
    expect(page("2017-04-20").nextDue).toMatchObject({ title: "شهر" });
    expect(page("2017-04-20").milestones.filter((m) => m.late).map((m) => m.activity.title)).toEqual(["يوم"]);

    // 1 May 2017: April is over.
    expect(listRow("2017-05-01").progress.late).toBe(2);
    expect(listRow("2017-05-01").nextDue).toMatchObject({ title: "سنة" });

    // Marking the day one done: one of three counted is done, one late remains.
    expect(await markMilestoneDone({ id: day.data.id, version: 1 })).toMatchObject({ ok: true, data: { version: 2 } });
    expect(listRow("2017-05-01").progress).toMatchObject({ done: 1, late: 1, shareDone: 1 / 3 });
    expect(page("2017-05-01").progress).toMatchObject({ done: 1, late: 1, shareDone: 1 / 3 });
    // A second "mark done" on the old version is refused.
    expect(await markMilestoneDone({ id: day.data.id, version: 1 })).toMatchObject({ ok: false, error: "conflict" });
  });

  it("records today (in Morocco) as the actual date of a milestone marked done without one, and keeps one already set", async () => {
    const id = await createdProject();
    const undated = await createMilestone({ projectId: id, values: milestone({ title: "بدون تاريخ", plannedOn: { precision: "month", value: "2017-04" } }) });
    const dated = await createMilestone({ projectId: id, values: milestone({ title: "بتاريخ", actualOn: { precision: "month", value: "2017-05" } }) });
    if (!undated.ok || !dated.ok) throw new Error("setup failed");
    const before = todayIn("Africa/Casablanca");
    expect(await markMilestoneDone({ id: undated.data.id, version: 1 })).toMatchObject({ ok: true });
    expect(await markMilestoneDone({ id: dated.data.id, version: 1 })).toMatchObject({ ok: true });
    const after = todayIn("Africa/Casablanca");
    const stored = (title: string) => fetchProject(staff, id, "2018-01-01")!.milestones.find((m) => m.activity.title === title)!.activity;
    expect(stored("بدون تاريخ").status).toBe("done");
    expect(stored("بدون تاريخ").actualOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect([before, after]).toContain(stored("بدون تاريخ").actualOn);
    expect(stored("بتاريخ")).toMatchObject({ status: "done", actualOn: "2017-05" });
  });

  it("versions each milestone on its own and validates dates at their precision", async () => {
    const id = await createdProject();
    const created = await createMilestone({ projectId: id, values: milestone({ plannedOn: { precision: "month", value: "2017-04" } }) });
    if (!created.ok) throw new Error("setup failed");
    const edit = await updateMilestone({ id: created.data.id, version: 1, values: milestone({ title: "معدل", plannedOn: { precision: "month", value: "2017-05" }, actualOn: { precision: "day", value: "2017-05-03" }, status: "done" }) });
    expect(edit).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await updateMilestone({ id: created.data.id, version: 1, values: milestone() })).toMatchObject({ ok: false, error: "conflict" });
    const bad = await createMilestone({ projectId: id, values: milestone({ plannedOn: { precision: "month", value: "2017-04-12" }, plannedEndOn: "2017" }) });
    // Errors of the wrapped form values come back under `values.` (the form strips it).
    expect(bad).toMatchObject({ ok: false, error: "invalid", fieldErrors: { "values.plannedOn.value": ["dateInvalid"], "values.plannedEndOn": ["datePrecisionMismatch"] } });
    const stored = fetchProject(staff, id, "2018-01-01")!.milestones[0]!.activity;
    expect(stored).toMatchObject({ title: "معدل", plannedOn: "2017-05", actualOn: "2017-05-03", status: "done", version: 2 });
  });

  it("refuses milestones on a project outside a committee member's scope, and to committee members at all", async () => {
    const id = await createdProject();
    session.current = committee;
    expect(await createMilestone({ projectId: id, values: milestone() })).toMatchObject({ ok: false, error: "forbidden" });
    session.current = staff;
    expect(await createMilestone({ projectId: 999999, values: milestone() })).toMatchObject({ ok: false, error: "notFound" });
  });
});

describe("committee member's scope", () => {
  it("lists and opens only the projects whose steering committee they sit on", async () => {
    const mine = await createdProject({ acronym: "MINE" });
    const other = await createdProject({ acronym: "OTHER" });
    fixture.db.insert(steeringCommitteeMemberships).values({ userId: committee.id, projectId: mine }).onConflictDoNothing().run();
    const listed = fetchProjectsPage(committee, filters(), "2017-01-01").rows.map((r) => r.id);
    expect(listed).toContain(mine);
    expect(listed).not.toContain(other);
    expect(fetchProject(committee, mine, "2017-01-01")).not.toBeNull();
    expect(fetchProject(committee, other, "2017-01-01")).toBeNull();
    // The filter choices come from the visible projects only.
    expect(fetchProjectFilterOptions(committee).programmes).toEqual([]);
    const picked = searchChoices(committee, "project", "", "ar").map((c) => Number(c.value));
    expect(picked).toContain(mine);
    expect(picked).not.toContain(other);
    // Committee members have no programme pages.
    expect(() => fetchProgramme(committee, 1)).toThrow(/Forbidden/);
  });
});

describe("filters", () => {
  it("filters by funder, implementing agency, country, status and programme", async () => {
    const programme = await createProgramme({ ...emptyProgrammeForm(), nameFr: "Programme test", countryCode: "BE" });
    if (!programme.ok) throw new Error("setup failed");
    const id = await createdProject({
      acronym: "FILTERED",
      partnerCountryCode: "BE",
      status: "finalisation",
      programmeId: String(programme.data.id),
      partners: [{ ...emptyPartner(), organisationId: String(bmz), roles: ["funding"] }],
    });
    const ids = (raw: Record<string, string>) => fetchProjectsPage(staff, filters(raw), "2017-01-01").rows.map((r) => r.id);
    expect(ids({ funder: String(bmz) })).toContain(id);
    expect(ids({ implementer: String(bmz) })).not.toContain(id);
    expect(ids({ country: "BE", status: "finalisation" })).toEqual([id]);
    expect(ids({ programme: String(programme.data.id) })).toEqual([id]);
    expect(ids({ q: "filtered" })).toEqual([id]);
  });
});

describe("archive and restore", () => {
  it("lets supervisors archive and restore; archived projects leave the list", async () => {
    const id = await createdProject({ acronym: "ARCHIVE-ME" });
    expect(await archiveProject({ id, version: 1 })).toMatchObject({ ok: false, error: "forbidden" });
    session.current = supervisor;
    expect(await archiveProject({ id, version: 1 })).toMatchObject({ ok: true });
    expect(fetchProjectsPage(staff, filters({ q: "ARCHIVE-ME" }), "2017-01-01").total).toBe(0);
    expect(fetchProject(staff, id, "2017-01-01", { includeArchived: true })).toBeNull();
    expect(fetchProjectsPage(supervisor, filters({ q: "ARCHIVE-ME", archived: "1" }), "2017-01-01").total).toBe(1);
    const archived = fetchProject(supervisor, id, "2017-01-01", { includeArchived: true })!;
    expect(await restoreProject({ id, version: archived.project.version })).toMatchObject({ ok: true });
    expect(fetchProjectsPage(staff, filters({ q: "ARCHIVE-ME" }), "2017-01-01").total).toBe(1);
  });

  it("refuses to archive a programme that still has projects", async () => {
    const programme = await createProgramme({ ...emptyProgrammeForm(), nameAr: "برنامج" });
    if (!programme.ok) throw new Error("setup failed");
    await createdProject({ programmeId: String(programme.data.id) });
    session.current = supervisor;
    expect(await archiveProgramme({ id: programme.data.id, version: 1 })).toMatchObject({ ok: false, error: "rule", message: "programmeHasProjects" });
  });
});

describe("partner rows", () => {
  it("stores one row per organisation and role", async () => {
    const id = await createdProject();
    const rows = fixture.db.select().from(projectPartners).where(eq(projectPartners.projectId, id)).all();
    expect(rows).toHaveLength(3);
  });
});
