/**
 * The organisations directory's write path on a real SQLite file, above all the merge: every
 * reference moves to the organisation kept, duplicate project roles are dropped, all in one step.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { agreements, auditLog, countries, organisations, partnerRoles, people, positions, programmes, projectPartners, projects} from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { actionTestFixture } from "@/tests/helpers/action-fixture";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { createOrganisation, updateOrganisation, mergeOrganisations, archiveOrganisation } = await import("./actions");
const { fetchOrganisation, fetchOrganisationsPage } = await import("./queries");
const { emptyOrganisationForm, organisationFiltersSchema } = await import("./schema");

const fixture = actionTestFixture("organisations", session, { countries: ["ES"] });
const { staff, supervisor } = fixture;
beforeAll(() => {
  fixture.db.insert(partnerRoles).values([
    { code: "funding", iatiCode: 1, position: 1 },
    { code: "implementation", iatiCode: 4, position: 3 },
  ]).run();
});

async function organisation(values: Partial<ReturnType<typeof emptyOrganisationForm>>) {
  const result = await createOrganisation({ ...emptyOrganisationForm(), ...values });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

describe("organisations", () => {
  it("requires a name or an acronym, and finds an organisation by any of its names", async () => {
    expect(await createOrganisation(emptyOrganisationForm())).toMatchObject({ ok: false, fieldErrors: { nameAr: ["organisationNameRequired"] } });
    const id = await organisation({ nameFr: "Agence espagnole de coopération", acronym: "AECID", type: "donor_agency", countryCode: "ES" });
    expect((await updateOrganisation({ id, version: 1, values: { ...emptyOrganisationForm(), nameAr: "الوكالة الإسبانية للتعاون", nameFr: "Agence espagnole de coopération", acronym: "AECID", type: "donor_agency", countryCode: "ES" } })).ok).toBe(true);
    const found = fetchOrganisationsPage(staff, organisationFiltersSchema.parse({ q: "الاسبانية" }), "ar");
    expect(found.rows.map((r) => r.id)).toContain(id);
  });

  it("merges two records: projects and roles, agreements, positions and programmes move; duplicate roles dropped", async () => {
    const keep = await organisation({ nameFr: "Fondation des Trois Cultures", countryCode: "ES", type: "foundation" });
    const other = await organisation({ nameAr: "مؤسسة الثقافات الثلاث", type: "foundation" });
    const { db } = fixture;
    const p1 = db.insert(projects).values({ titleAr: "مشروع 1" }).returning().get().id;
    const p2 = db.insert(projects).values({ titleAr: "مشروع 2" }).returning().get().id;
    db.insert(projectPartners).values([
      { projectId: p1, organisationId: keep, partnerRole: "implementation" },
      { projectId: p1, organisationId: other, partnerRole: "implementation" },
      { projectId: p1, organisationId: other, partnerRole: "funding" },
      { projectId: p2, organisationId: other, partnerRole: "implementation" },
    ]).run();
    const agreement = db.insert(agreements).values({ type: "partnership_agreement", counterpartOrganisationId: other }).returning().get().id;
    const person = db.insert(people).values({ name: "X" }).returning().get().id;
    db.insert(positions).values({ personId: person, title: "Director", organisationId: other }).run();
    const programme = db.insert(programmes).values({ nameAr: "برنامج", fundingOrganisationId: other }).returning().get().id;

    const result = await mergeOrganisations({ keepId: keep, keepVersion: 1, mergeId: other, mergeVersion: 1 });
    expect(result).toMatchObject({ ok: true, data: { moved: { projectRoles: 3, agreements: 1, positions: 1, programmes: 1 } } });

    const roles = db.select().from(projectPartners).all().map((r) => [r.projectId, r.organisationId, r.partnerRole]);
    expect(roles.sort()).toEqual([[p1, keep, "funding"], [p1, keep, "implementation"], [p2, keep, "implementation"]].sort());
    expect(db.select().from(agreements).where(eq(agreements.id, agreement)).get()!.counterpartOrganisationId).toBe(keep);
    expect(db.select().from(programmes).where(eq(programmes.id, programme)).get()!.fundingOrganisationId).toBe(keep);
    const kept = fetchOrganisation(staff, keep)!;
    expect(kept.organisation.nameAr).toBe("مؤسسة الثقافات الثلاث");
    expect(kept.projects).toHaveLength(3);
    expect(kept.agreements.map((a) => a.id)).toEqual([agreement]);
    expect(kept.people.map((p) => p.id)).toEqual([person]);
    expect(db.select().from(organisations).where(eq(organisations.id, other)).get()).toMatchObject({ mergedIntoId: keep });
    expect(db.select().from(auditLog).where(and(eq(auditLog.action, "merge"), eq(auditLog.entityType, "organisation"))).all()).toHaveLength(2);
  });

  it("bumps the version of every row a merge re-points, and audits each in the same step", async () => {
    const keep = await organisation({ nameFr: "Office des migrations", type: "ministry" });
    const other = await organisation({ nameAr: "مكتب الهجرة", type: "ministry" });
    const { db } = fixture;
    const project = db.insert(projects).values({ titleAr: "مشروع 3" }).returning().get().id;
    db.insert(projectPartners).values({ projectId: project, organisationId: other, partnerRole: "implementation" }).run();
    const agreement = db.insert(agreements).values({ type: "partnership_agreement", counterpartOrganisationId: other }).returning().get().id;
    const person = db.insert(people).values({ name: "Y" }).returning().get().id;
    const position = db.insert(positions).values({ personId: person, title: "Directeur", organisationId: other }).returning().get().id;
    const programme = db.insert(programmes).values({ nameAr: "برنامج 2", fundingOrganisationId: other }).returning().get().id;
    // A record merged earlier into the one that goes now follows it to the one kept.
    const earlier = db.insert(organisations).values({ nameFr: "Ancien doublon", type: "ministry", mergedIntoId: other }).returning().get().id;

    const result = await mergeOrganisations({ keepId: keep, keepVersion: 1, mergeId: other, mergeVersion: 1 });
    expect(result.ok).toBe(true);

    const touched = [
      { table: projects, entityType: "project", id: project },
      { table: agreements, entityType: "agreement", id: agreement },
      { table: positions, entityType: "position", id: position },
      { table: programmes, entityType: "programme", id: programme },
      { table: organisations, entityType: "organisation", id: earlier },
    ] as const;
    for (const { table, entityType, id } of touched) {
      const row = db.select().from(table).where(eq(table.id, id)).get()!;
      expect({ entityType, version: row.version, updatedBy: row.updatedBy }).toEqual({ entityType, version: 2, updatedBy: staff.id });
      const audits = db.select().from(auditLog).where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, id), eq(auditLog.action, "update"))).all();
      expect({ entityType, audits: audits.length, by: audits[0]?.userId }).toEqual({ entityType, audits: 1, by: staff.id });
    }
    // A form opened on a re-pointed row before the merge is refused, not saved over the merge.
    expect(await updateOrganisation({ id: earlier, version: 1, values: { ...emptyOrganisationForm(), nameFr: "Ancien doublon" } })).toMatchObject({ ok: false });
  });

  it("lets supervisors archive, not staff", async () => {
    const id = await organisation({ acronym: "TMP" });
    expect(await archiveOrganisation({ id, version: 1 })).toMatchObject({ ok: false, error: "forbidden" });
    session.current = supervisor;
    expect((await archiveOrganisation({ id, version: 1 })).ok).toBe(true);
    expect(fetchOrganisation(staff, id)).toBeNull();
  });
});
