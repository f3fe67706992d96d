/**
 * The seed loader against a real SQLite file: migrate, seed twice, check what the source page
 * states is there exactly once.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, asc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb, migrateDatabase, type Db } from "@/db/client";
import {
  activities,
  agreementStatusChanges,
  agreements,
  auditLog,
  countries,
  dataQualityIssues,
  eventEditions,
  events,
  meetingCounterparts,
  meetings,
  organisations,
  partnerRoles,
  people,
  programmes,
  projectObjectives,
  projectPartners,
  projectPhaseRows,
  projects,
  users,
} from "@/db/schema";
import { comparePartialDates, isPartialDate } from "@/lib/dates/partial-date";
import { fetchProject, fetchProjectsPage } from "@/lib/projects/queries";
import { projectFiltersSchema } from "@/lib/projects/schema";
import { buildTimeline } from "@/lib/projects/timeline";
import { normalizeForSearch } from "@/lib/text/normalize-arabic";
import { seedCountries } from "./countries";
import { seedSourceRecords, type SeedSummary } from "./load";
import { dataQualityIssueRecords } from "./source-records";

// getDb() reads DATABASE_URL when first called, so setting it here is early enough.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "taawun-seed-"));
process.env.DATABASE_URL = path.join(dir, "seed.db");

const countedTables: Record<string, SQLiteTable> = {
  countries,
  partnerRoles,
  organisations,
  people,
  events,
  eventEditions,
  meetings,
  meetingCounterparts,
  programmes,
  projects,
  projectObjectives,
  projectPhaseRows,
  projectPartners,
  activities,
  agreements,
  agreementStatusChanges,
  dataQualityIssues,
  auditLog,
  users,
};

let db: Db;
let first: SeedSummary;
let second: SeedSummary;
let countsAfterFirst: Record<string, number>;
let countsAfterSecond: Record<string, number>;
let countriesSecondRun: number;

function count(table: SQLiteTable): number {
  return db.select({ n: sql<number>`count(*)` }).from(table).get()?.n ?? 0;
}

function countAll(): Record<string, number> {
  return Object.fromEntries(Object.entries(countedTables).map(([name, t]) => [name, count(t)]));
}

function projectId(where: ReturnType<typeof eq>): number {
  const row = db.select({ id: projects.id }).from(projects).where(where).get();
  if (!row) throw new Error("project not found");
  return row.id;
}

function organisationId(where: ReturnType<typeof eq>): number {
  const row = db.select({ id: organisations.id }).from(organisations).where(where).get();
  if (!row) throw new Error("organisation not found");
  return row.id;
}

beforeAll(() => {
  db = getDb();
  migrateDatabase(db);
  seedCountries(db);
  first = seedSourceRecords(db);
  countsAfterFirst = countAll();
  countriesSecondRun = seedCountries(db).created;
  second = seedSourceRecords(db);
  countsAfterSecond = countAll();
});

afterAll(() => {
  closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("seedSourceRecords", () => {
  it("creates the source page's records once", () => {
    expect(first.meetings).toBe(19);
    expect(first.meetingCounterparts).toBe(18);
    expect(first.people).toBe(18);
    expect(first.projects).toBe(8);
    expect(first.programmes).toBe(3);
    expect(first.agreements).toBe(6);
    // Five MoUs the page says are "in execution" (signed, then in force); one only signed.
    expect(first.agreementStatusChanges).toBe(11);
    expect(first.eventEditions).toBe(5);
    expect(first.partnerRoles).toBe(8);
    // Plus one "derived" point per role read from context (GIZ on project 4, Enabel twice, ANAPEC,
    // the Promotion nationale, the EU trust fund, AECID on the Masar project).
    expect(first.dataQualityIssues).toBe(dataQualityIssueRecords.length + 7);
    expect(countsAfterFirst.meetings).toBe(19);
    expect(countsAfterFirst.projects).toBe(8);
    expect(countsAfterFirst.agreements).toBe(6);
  });

  it("adds nothing on a second run", () => {
    expect(second.total).toBe(0);
    for (const [kind, n] of Object.entries(second)) expect([kind, n]).toEqual([kind, 0]);
    expect(countriesSecondRun).toBe(0);
    expect(countsAfterSecond).toEqual(countsAfterFirst);
  });

  it("audits every created row as 'seed' by nobody, and creates no user", () => {
    expect(countsAfterFirst.auditLog).toBe(first.total);
    const odd = db
      .select({ n: sql<number>`count(*)` })
      .from(auditLog)
      .where(sql`${auditLog.action} <> 'seed' or ${auditLog.userId} is not null`)
      .get();
    expect(odd?.n).toBe(0);
    expect(countsAfterFirst.users).toBe(0);
    const notValidated = db
      .select({ n: sql<number>`count(*)` })
      .from(meetings)
      .where(sql`${meetings.validationStatus} <> 'validated' or ${meetings.createdBy} is not null`)
      .get();
    expect(notValidated?.n).toBe(0);
  });

  it("seeds every ISO 3166-1 country but EH with ar/fr/en names and partner roles with IATI codes", () => {
    // 249 ISO 3166-1 codes, less EH, which the Moroccan department counts as part of MA.
    expect(countsAfterFirst.countries).toBe(248);
    expect(db.select().from(countries).where(eq(countries.code, "EH")).get()).toBeUndefined();
    expect(db.select().from(countries).where(eq(countries.code, "MA")).get()).toEqual({
      code: "MA",
      nameAr: "المغرب",
      nameFr: "Maroc",
      nameEn: "Morocco",
      region: "mena",
    });
    expect(db.select().from(countries).where(isNull(countries.region)).all().map((c) => c.code)).toEqual([
      "AQ",
    ]);
    expect(db.select().from(partnerRoles).orderBy(asc(partnerRoles.position)).all()).toEqual([
      { code: "funding", iatiCode: 1, position: 1 },
      { code: "supervision", iatiCode: 2, position: 2 },
      { code: "implementation", iatiCode: 4, position: 3 },
      { code: "steering_committee_member", iatiCode: null, position: 4 },
      { code: "strategic_partner", iatiCode: null, position: 5 },
      { code: "observer", iatiCode: null, position: 6 },
      { code: "beneficiary", iatiCode: null, position: 7 },
      { code: "not_stated", iatiCode: null, position: 8 },
    ]);
  });

  it("records the minister's 11 dated meetings of 2018 with day precision and no city", () => {
    const rows = db
      .select({
        startsOn: meetings.startsOn,
        endsOn: meetings.endsOn,
        country: meetings.countryCode,
        kind: meetings.kind,
        city: meetings.city,
        person: people.name,
      })
      .from(meetings)
      .innerJoin(meetingCounterparts, eq(meetingCounterparts.meetingId, meetings.id))
      .innerJoin(people, eq(people.id, meetingCounterparts.personId))
      .where(isNull(meetings.eventEditionId))
      .orderBy(asc(meetings.startsOn), asc(meetings.id))
      .all();
    expect(rows.map((r) => [r.startsOn, r.country])).toEqual([
      ["2018-01-04", "DK"],
      ["2018-01-12", "ES"],
      ["2018-02-28", "SE"],
      ["2018-02-28", "NL"],
      ["2018-03-19", "GB"],
      ["2018-03-20", "FI"],
      ["2018-03-26", "DK"],
      ["2018-03-27", "BE"],
      ["2018-04-07", "BE"],
      ["2018-06-01", "BE"],
      ["2018-10-01", "ES"],
    ]);
    for (const r of rows) {
      expect(r.endsOn).toBeNull();
      expect(r.city).toBeNull();
      expect(["courtesy_call", "working_meeting"]).toContain(r.kind);
    }
    expect(rows[0]?.person).toBe("Pia KJAERSGAARD");
  });

  it("keeps the Spanish Secretary of State's meeting: title at the time, escort as text", () => {
    const rumi = db
      .select({
        topics: meetings.topics,
        searchText: meetings.searchText,
        title: meetingCounterparts.titleAtMeeting,
        transliteration: people.nameTransliterated,
      })
      .from(meetings)
      .innerJoin(meetingCounterparts, eq(meetingCounterparts.meetingId, meetings.id))
      .innerJoin(people, eq(people.id, meetingCounterparts.personId))
      .where(eq(people.name, "كونسويلو رومي"))
      .get();
    expect(rumi?.title).toBe("كاتبة الدولة الاسبانية المكلفة بالهجرة");
    expect(rumi?.topics).toContain("سفير مملكة اسبانيا");
    expect(rumi?.transliteration).toBe("Consuelo Rumí");
    expect(rumi?.searchText).toContain(normalizeForSearch("Consuelo Rumí"));
    expect(rumi?.searchText).toContain(normalizeForSearch("كونسويلو"));
  });

  it("records the 7 GFMD side meetings on the Marrakech edition, with the forum's date range", () => {
    const edition = db
      .select()
      .from(eventEditions)
      .innerJoin(events, eq(events.id, eventEditions.eventId))
      .where(eq(events.acronym, "GFMD"))
      .get();
    expect(edition?.event_editions).toMatchObject({
      startsOn: "2018-12-05",
      endsOn: "2018-12-07",
      countryCode: "MA",
      venue: "قصر المؤتمرات النخيل",
    });
    const side = db
      .select()
      .from(meetings)
      .where(eq(meetings.eventEditionId, edition?.event_editions.id ?? -1))
      .orderBy(asc(meetings.id))
      .all();
    expect(side.map((m) => m.countryCode)).toEqual(["ML", "GM", "SD", "BW", "AE", "CA", "QA"]);
    for (const m of side) {
      expect(m).toMatchObject({ kind: "side_meeting", startsOn: "2018-12-05", endsOn: "2018-12-07" });
      expect(m.topics).toContain("تحديات تدبير الهجرات");
    }
    const invited = side.filter((m) => m.outcome?.includes("تمت دعوة السيد الوزير")).map((m) => m.countryCode);
    expect(invited).toEqual(["ML", "SD", "AE", "CA", "QA"]);
  });

  it("records the bilateral follow-up committee with Spain, Madrid 19-20 December 2016", () => {
    const committee = db.select().from(meetings).where(eq(meetings.kind, "bilateral_committee")).all();
    expect(committee).toHaveLength(1);
    expect(committee[0]).toMatchObject({
      startsOn: "2016-12-19",
      endsOn: "2016-12-20",
      countryCode: "ES",
      city: "مدريد",
    });
  });

  it("records the Moroccan-Spanish forum's two editions", () => {
    const rows = db
      .select({ number: eventEditions.number, startsOn: eventEditions.startsOn, endsOn: eventEditions.endsOn, theme: eventEditions.theme })
      .from(eventEditions)
      .innerJoin(events, eq(events.id, eventEditions.eventId))
      .where(eq(events.nameAr, "المنتدى المغربي الإسباني حول الهجرة والاندماج"))
      .orderBy(asc(eventEditions.number))
      .all();
    expect(rows).toEqual([
      { number: 1, startsOn: "2015-11-19", endsOn: "2015-11-20", theme: null },
      { number: 2, startsOn: "2018-03-20", endsOn: "2018-03-21", theme: "العيش المشترك" },
    ]);
  });

  it("lists Recoming's dated activities in chronological order at the source's precision", () => {
    const recoming = projectId(eq(projects.acronym, "Recoming"));
    const rows = db
      .select({ plannedOn: activities.plannedOn, kind: activities.kind, status: activities.status })
      .from(activities)
      .where(eq(activities.projectId, recoming))
      .orderBy(asc(activities.position))
      .all();
    expect(rows).toHaveLength(14);
    const dated = rows
      .map((r) => r.plannedOn)
      .filter((d): d is string => d !== null)
      .sort(comparePartialDates);
    expect(dated).toEqual([
      "2016-01",
      "2016-01-22",
      "2016-06",
      "2016-11",
      "2016-12",
      "2017-02",
      "2017-03",
      "2017-04",
      "2017-04",
      "2017-05",
      "2017-12",
    ]);
    // Lexical order of partial ISO dates is chronological order, so SQL can sort them too.
    const bySql = db
      .select({ plannedOn: activities.plannedOn })
      .from(activities)
      .where(and(eq(activities.projectId, recoming), isNotNull(activities.plannedOn)))
      .orderBy(asc(activities.plannedOn))
      .all()
      .map((r) => r.plannedOn);
    expect(bySql).toEqual(dated);
    expect(rows.filter((r) => r.plannedOn === null)).toHaveLength(3);
    expect(rows.find((r) => r.plannedOn === "2016-01-22")).toMatchObject({
      kind: "steering_committee_session",
      status: "done",
    });
    expect(rows.every((r) => r.status === "done")).toBe(true);
  });

  it("gives GIZ the implementation role and the department supervision on Recoming", () => {
    const recoming = projectId(eq(projects.acronym, "Recoming"));
    const roles = db
      .select({ acronym: organisations.acronym, nameFr: organisations.nameFr, role: projectPartners.partnerRole })
      .from(projectPartners)
      .innerJoin(organisations, eq(organisations.id, projectPartners.organisationId))
      .where(eq(projectPartners.projectId, recoming))
      .all();
    expect(roles).toContainEqual(expect.objectContaining({ acronym: "GIZ", role: "implementation" }));
    expect(roles).toContainEqual(
      expect.objectContaining({
        nameFr: "Ministère délégué chargé des Marocains résidant à l'étranger",
        role: "supervision",
      }),
    );
    expect(roles).toContainEqual(expect.objectContaining({ acronym: "BMZ", role: "funding" }));
    expect(roles).toContainEqual(
      expect.objectContaining({ nameFr: "Ministère de l'Intérieur", role: "steering_committee_member" }),
    );
    // The ten communes are listed among the partners with no role: not stated, not "beneficiary".
    expect(roles).toContainEqual(expect.objectContaining({ role: "not_stated" }));
    expect(roles).not.toContainEqual(expect.objectContaining({ role: "beneficiary" }));
  });

  it("records Amoudou's budget of 4.6 million euros and its 6/36/6-month phases", () => {
    const amoudou = db.select().from(projects).where(eq(projects.acronym, "Amoudou")).get();
    expect(amoudou).toMatchObject({
      budgetHundredths: 460_000_000,
      budgetCurrency: "EUR",
      plannedStart: "2016",
      plannedEnd: "2020",
      status: "not_stated",
    });
    const phases = db
      .select({ phase: projectPhaseRows.phase, months: projectPhaseRows.plannedMonths })
      .from(projectPhaseRows)
      .where(eq(projectPhaseRows.projectId, amoudou?.id ?? -1))
      .orderBy(asc(projectPhaseRows.position))
      .all();
    expect(phases).toEqual([
      { phase: "preparation", months: 6 },
      { phase: "implementation", months: 36 },
      { phase: "evaluation", months: 6 },
    ]);
  });

  it("records the projects' periods and statuses at the source's precision", () => {
    const rows = db
      .select({
        acronym: projects.acronym,
        titleAr: projects.titleAr,
        status: projects.status,
        plannedStart: projects.plannedStart,
        plannedEnd: projects.plannedEnd,
      })
      .from(projects)
      .all();
    const byName = (name: string) => rows.find((r) => r.acronym === name || r.titleAr === name);
    expect(byName("RECOSA")).toMatchObject({ plannedStart: "2016", plannedEnd: "2019", status: "not_stated" });
    expect(byName("الشراكة المغربية-الألمانية في مجال اللجوء والحماية الدولية للاجئين")).toMatchObject({
      plannedStart: "2016",
      plannedEnd: "2017-05",
      status: "not_stated",
    });
    expect(byName("MaghribBelgium Impulse")).toMatchObject({ plannedStart: "2017", plannedEnd: "2020" });
    expect(byName("العيش المشترك")).toMatchObject({ plannedStart: "2017-08-24", plannedEnd: "2020-08-23" });
    // Projects 4 and 5 of the source share one title: one row.
    expect(rows.filter((r) => r.titleAr === "تعزيز الاستثمارات المنتجة للمغاربة المقيمين بألمانيا")).toHaveLength(1);
    for (const r of rows) {
      for (const d of [r.plannedStart, r.plannedEnd]) if (d !== null) expect(isPartialDate(d)).toBe(true);
    }
  });

  it("records the six agreements with their signing dates, statuses and status history", () => {
    const rows = db
      .select({
        id: agreements.id,
        country: agreements.counterpartCountryCode,
        type: agreements.type,
        signedOn: agreements.signedOn,
        status: agreements.signingStatus,
        titleAr: agreements.titleAr,
      })
      .from(agreements)
      .orderBy(asc(agreements.id))
      .all();
    expect(rows.map((r) => [r.country, r.type, r.signedOn, r.status])).toEqual([
      ["ES", "partnership_agreement", "2018-03-20", "signed"],
      ["SD", "memorandum_of_understanding", "2016-01-06", "in_force"],
      ["CI", "memorandum_of_understanding", "2015-01-20", "in_force"],
      ["SN", "memorandum_of_understanding", "2013-06-24", "in_force"],
      ["TN", "memorandum_of_understanding", "2009-05-25", "in_force"],
      ["EG", "memorandum_of_understanding", "2006-10-12", "in_force"],
    ]);
    expect(rows[1]?.titleAr).toBe("مذكرة تفاهم حول تدبير المجتمعات المستقرة بالخارج والهجرة");
    expect(rows.slice(2).every((r) => r.titleAr === null)).toBe(true);
    for (const agreement of rows) {
      const changes = db
        .select()
        .from(agreementStatusChanges)
        .where(eq(agreementStatusChanges.agreementId, agreement.id))
        .orderBy(asc(agreementStatusChanges.id))
        .all();
      expect(changes.map((c) => [c.fromStatus, c.toStatus])).toEqual(
        agreement.status === "signed"
          ? [[null, "signed"]]
          : [
              [null, "signed"],
              ["signed", "in_force"],
            ],
      );
      expect(changes[0]?.occurredOn).toBe(agreement.signedOn);
      expect(changes.every((c) => c.recordedBy === null)).toBe(true);
    }
  });

  it("reports the source's quirks as data-quality issues, linked to their records", () => {
    const repeated = db
      .select()
      .from(dataQualityIssues)
      .where(eq(dataQualityIssues.key, "germany-project-5-repeats-4"))
      .get();
    expect(repeated).toMatchObject({ kind: "repeated", entityType: "project" });
    expect(repeated?.entityId).toBe(
      projectId(eq(projects.titleAr, "تعزيز الاستثمارات المنتجة للمغاربة المقيمين بألمانيا")),
    );

    const unnamed = db
      .select()
      .from(dataQualityIssues)
      .where(eq(dataQualityIssues.key, "africa-agreements-awaiting-signature-7"))
      .get();
    expect(unnamed?.kind).toBe("figure_without_records");
    expect(unnamed?.sourceExcerpt).toContain("(7) في انتظار التوقيع");

    const communes = db
      .select()
      .from(dataQualityIssues)
      .where(eq(dataQualityIssues.key, "recoming-communes-not-named"))
      .get();
    expect(communes?.entityId).toBe(organisationId(eq(organisations.nameAr, "الجماعات العشر المنتقاة")));

    const missingDate = db
      .select({ activityId: dataQualityIssues.entityId, entityType: dataQualityIssues.entityType })
      .from(dataQualityIssues)
      .where(eq(dataQualityIssues.key, "germany-project-4-activity-missing-date"))
      .get();
    expect(missingDate?.entityType).toBe("activity");
    const activity = db
      .select()
      .from(activities)
      .where(eq(activities.id, missingDate?.activityId ?? -1))
      .get();
    expect(activity?.plannedOn).toBeNull();

    const kinds = db.select({ kind: dataQualityIssues.kind }).from(dataQualityIssues).all();
    for (const { kind } of kinds) {
      expect(["derived", "repeated", "figure_without_records", "ambiguous", "missing_date", "inconsistent"]).toContain(kind);
    }
    // Every issue that names a record points at an existing row.
    const linked = db
      .select({ key: dataQualityIssues.key, entityId: dataQualityIssues.entityId })
      .from(dataQualityIssues)
      .where(isNotNull(dataQualityIssues.entityType))
      .all();
    expect(linked.length).toBeGreaterThan(10);
    expect(linked.every((l) => l.entityId !== null)).toBe(true);
  });

  it("fills search text for organisations, people, projects, agreements and meetings", () => {
    const giz = db.select().from(organisations).where(eq(organisations.acronym, "GIZ")).get();
    expect(giz?.searchText).toContain("giz");
    expect(giz?.searchText).toContain(normalizeForSearch("وكالة التعاون الألماني"));
    const sudan = db.select().from(agreements).where(eq(agreements.counterpartCountryCode, "SD")).get();
    expect(sudan?.searchText).toContain(normalizeForSearch("السودان"));
    for (const table of [meetings, organisations, people, projects, agreements] as const) {
      const empty = db
        .select({ n: sql<number>`count(*)` })
        .from(table as SQLiteTable)
        .where(sql`search_text = ''`)
        .get()?.n;
      expect(empty).toBe(0);
    }
  });
});

describe("the seeded portfolio as supervisors follow it", () => {
  const supervisor = { id: 0, email: "v@t.test", name: "Supervisor", role: "supervisor", locale: "ar", mustChangePassword: false } as const;
  const filters = (raw: Record<string, string> = {}) => projectFiltersSchema.parse(raw);

  it("lists the eight projects with progress computed from their activities", () => {
    const page = fetchProjectsPage(supervisor, filters(), "2026-11-29");
    expect(page.total).toBe(8);
    const recoming = page.rows.find((r) => r.acronym === "Recoming")!;
    // The source reports every Recoming activity as achieved: all done, none late, none due.
    expect(recoming.progress).toEqual({ total: 14, counted: 14, done: 14, late: 0, shareDone: 1 });
    expect(recoming.nextDue).toBeNull();
    expect(recoming.funders.map((o) => o.acronym)).toEqual(["BMZ"]);
    expect(recoming.implementers.map((o) => o.acronym)).toEqual(["GIZ"]);
    expect(page.rows.find((r) => r.acronym === "Amoudou")!.progress.total).toBe(0);
  });

  it("finds projects by funder, implementing agency, country and programme", () => {
    const ids = (raw: Record<string, string>) => fetchProjectsPage(supervisor, filters(raw), "2026-11-29").rows.map((r) => r.acronym ?? r.titleAr);
    const eutf = organisationId(eq(organisations.acronym, "EUTF"));
    const enabel = organisationId(eq(organisations.acronym, "Enabel"));
    expect(ids({ funder: String(eutf) })).toEqual(["العيش المشترك"]);
    expect(ids({ implementer: String(enabel) }).sort()).toEqual(["Amoudou", "MaghribBelgium Impulse"]);
    expect(ids({ country: "DE" })).toHaveLength(4);
    const masar = db.select({ id: programmes.id }).from(programmes).where(eq(programmes.acronym, "Masar")).get()!.id;
    expect(ids({ programme: String(masar) })).toEqual(["تقوية الكفاءات التقنية لتدبير الهجرة، الاندماج، واللجوء"]);
  });

  it("draws Recoming's timeline from January 2016 to December 2017, month-precision activities over their month", () => {
    const recoming = fetchProject(supervisor, projectId(eq(projects.acronym, "Recoming")), "2026-11-29")!;
    const timeline = buildTimeline({
      ...recoming.project,
      phases: recoming.phases,
      milestones: recoming.milestones.map((m) => ({ ...m.activity, late: m.late })),
      today: "2026-11-29",
    })!;
    expect([timeline.start, timeline.end]).toEqual(["2016-01-01", "2017-12-31"]);
    expect(timeline.markers.map((m) => m.date)).toEqual([
      "2016-01", "2016-01-22", "2016-06", "2016-11", "2016-12", "2017-02", "2017-03", "2017-04", "2017-04", "2017-05", "2017-12",
    ]);
    for (const marker of timeline.markers.filter((m) => m.precision === "month")) {
      const month = timeline.months.find((m) => m.month === marker.date)!;
      expect([marker.startPct, marker.widthPct]).toEqual([month.startPct, month.widthPct]);
    }
    expect(timeline.undated).toHaveLength(3);
    expect(recoming.partners.map((p) => [p.role, p.iatiCode])).toEqual([
      ["funding", 1],
      ["supervision", 2],
      ["implementation", 4],
      ["steering_committee_member", null],
      ["not_stated", null],
    ]);
  });

  it("places Amoudou's and MaghribBelgium Impulse's phases from their lengths, as indicative bands", () => {
    for (const [acronym, months] of [["Amoudou", [6, 36, 6]], ["MaghribBelgium Impulse", [6, 24, 6]]] as const) {
      const stored = fetchProject(supervisor, projectId(eq(projects.acronym, acronym)), "2026-11-29")!;
      const timeline = buildTimeline({ ...stored.project, phases: stored.phases, milestones: [], today: "2026-11-29" })!;
      expect(timeline.phases.map((p) => [p.phase, p.plannedMonths, p.approximate])).toEqual([
        ["preparation", months[0], true],
        ["implementation", months[1], true],
        ["evaluation", months[2], true],
      ]);
    }
  });
});
