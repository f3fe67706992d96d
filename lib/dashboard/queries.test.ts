/**
 * The supervisor dashboard's figures agree with the records: on a seeded database plus records of
 * known shape, every figure is recounted here with plain SQL over the raw tables (and the
 * partial-date rules of lib/dates), for no filter, a country, a funder, and both.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  activities,
  agreements,
  followUpActions,
  meetings,
  organisations,
  projectPartners,
  projects,
} from "@/db/schema";
import { firstDay, lastDay, parsePartialDate } from "@/lib/dates/partial-date";
import { openSeededDatabase } from "@/tests/helpers/seeded-db";
import { searchChoices } from "@/lib/choices/queries";
import { fetchDashboardFilterOptions, fetchSupervisorDashboard } from "./queries";
import { addDays, lastDayOfMonth, lastMonths, type DashboardFilters } from "./schema";

const today = "2026-11-29";
let database: ReturnType<typeof openSeededDatabase>;
let funder: number;

beforeAll(() => {
  database = openSeededDatabase("dashboard");
  const { db } = database;
  funder = db.insert(organisations).values({ nameFr: "Fonds de test", acronym: "FDT", type: "donor_agency" }).returning().get().id;
  const project = (values: Partial<typeof projects.$inferInsert>) => db.insert(projects).values(values).returning().get().id;
  const funded = project({ acronym: "DASH-A", status: "pipeline", partnerCountryCode: "PT" });
  const unfunded = project({ acronym: "DASH-B", status: "suspended", partnerCountryCode: "PT" });
  const archived = project({ acronym: "DASH-X", status: "pipeline", partnerCountryCode: "PT", archivedAt: "2026-01-01T00:00:00.000Z" });
  const elsewhere = project({ acronym: "DASH-C", status: "implementation", partnerCountryCode: "IT" });
  db.insert(projectPartners).values([
    { projectId: funded, organisationId: funder, partnerRole: "funding" },
    { projectId: elsewhere, organisationId: funder, partnerRole: "funding" },
    { projectId: unfunded, organisationId: funder, partnerRole: "implementation" },
  ]).run();

  const linkedMeeting = db.insert(meetings).values({ startsOn: "2026-06-15", kind: "steering_committee_session", countryCode: "ES" }).returning().get().id;
  const milestone = (projectId: number, plannedOn: string | null, status: typeof activities.$inferInsert.status, extra: Partial<typeof activities.$inferInsert> = {}) =>
    db.insert(activities).values({ projectId, title: `m ${plannedOn} ${status}`, plannedOn, status, ...extra }).run();
  milestone(funded, "2026-10", "planned"); // late: October is over
  milestone(funded, "2026-11-28", "in_progress"); // late: yesterday
  milestone(funded, "2026-11", "planned"); // due soon: this month is not over
  milestone(funded, "2026-12-15", "planned"); // due soon
  milestone(funded, "2027-02-01", "planned"); // neither
  milestone(funded, "2026", "delayed"); // due soon: the year is not over and started
  milestone(funded, "2020-01", "done"); // done: never late
  milestone(funded, "2020-01", "cancelled"); // cancelled: never late
  milestone(funded, null, "planned"); // undated: never late
  milestone(funded, "2026-06-15", "done", { meetingId: linkedMeeting });
  milestone(unfunded, "2025-05", "planned"); // late
  milestone(unfunded, "2026-12-29", "planned", { archivedAt: "2026-01-01T00:00:00.000Z" }); // archived
  milestone(archived, "2025-05", "planned"); // in an archived project
  milestone(elsewhere, "2026-12", "planned"); // due soon, Italy

  db.insert(agreements).values([
    { type: "convention", counterpartCountryCode: "PT", signingStatus: "awaiting_signature" },
    { type: "memorandum_of_understanding", counterpartCountryCode: "PT", signingStatus: "draft", projectId: funded },
    { type: "exchange_of_letters", counterpartOrganisationId: funder, signingStatus: "under_negotiation" },
    { type: "convention", counterpartCountryCode: "PT", signingStatus: "signed", archivedAt: "2026-01-01T00:00:00.000Z" },
  ]).run();

  const meeting = (startsOn: string, countryCode: string | null, extra: Partial<typeof meetings.$inferInsert> = {}) =>
    db.insert(meetings).values({ startsOn, kind: "working_meeting", countryCode, ...extra }).returning().get().id;
  const lisbon = meeting("2026-03-10", "PT");
  meeting("2025-01", "PT");
  meeting("2026", "PT");
  meeting("2024-11-30", "PT"); // before the 24 months
  meeting("2024-12-01", "PT"); // first of the 24 months
  meeting("2026-11-02", "PT", { archivedAt: "2026-11-03T00:00:00.000Z" });
  meeting("2026-11-20", "IT");
  db.insert(followUpActions).values([
    { meetingId: lisbon, description: "overdue", dueOn: "2026-11-01", status: "open" },
    { meetingId: lisbon, description: "later", dueOn: "2026-12-31", status: "open" },
    { meetingId: lisbon, description: "undated", status: "open" },
    { meetingId: lisbon, description: "finished", dueOn: "2026-01-01", status: "done" },
    { meetingId: linkedMeeting, description: "linked", dueOn: "2026-07-01", status: "open" },
  ]).run();
});
afterAll(() => database.cleanup());

/** Plain SQL over the raw tables, with the partial-date rules applied to the rows it returns. */
function recount(filters: DashboardFilters) {
  const sqlite = database.db.$client;
  const funded = "(select project_id from project_partners where partner_role = 'funding' and organisation_id = @funder)";
  const projectWhere = [
    "p.archived_at is null",
    filters.country ? "p.partner_country_code = @country" : "1",
    filters.funder ? `p.id in ${funded}` : "1",
  ].join(" and ");
  const params = { country: filters.country ?? null, funder: filters.funder ?? null };

  const projectsByStatus = Object.fromEntries(
    (sqlite.prepare(`select status, count(*) n from projects p where ${projectWhere} group by status`).all(params) as { status: string; n: number }[]).map((r) => [r.status, r.n]),
  );
  const openMilestones = sqlite
    .prepare(`select a.planned_on from activities a join projects p on p.id = a.project_id
      where ${projectWhere} and a.archived_at is null and a.status not in ('done', 'cancelled') and a.planned_on is not null`)
    .all(params) as { planned_on: string }[];
  const valid = openMilestones.map((m) => m.planned_on).filter((d) => parsePartialDate(d));
  const horizon = addDays(today, 30);
  const late = valid.filter((d) => lastDay(d) < today).length;
  const dueSoon = valid.filter((d) => lastDay(d) >= today && firstDay(d) <= horizon).length;

  const agreementWhere = [
    "a.archived_at is null",
    filters.country ? "a.counterpart_country_code = @country" : "1",
    filters.funder ? `(a.project_id in ${funded} or a.counterpart_organisation_id = @funder)` : "1",
  ].join(" and ");
  const agreementsBySigningStatus = Object.fromEntries(
    (sqlite.prepare(`select signing_status s, count(*) n from agreements a where ${agreementWhere} group by signing_status`).all(params) as { s: string; n: number }[]).map((r) => [r.s, r.n]),
  );

  const meetingWhere = [
    "m.archived_at is null",
    filters.country ? "m.country_code = @country" : "1",
    filters.funder
      ? `(m.id in (select meeting_id from activities where archived_at is null and meeting_id is not null and project_id in ${funded})
         or m.id in (select meeting_id from meeting_counterparts where organisation_id = @funder))`
      : "1",
  ].join(" and ");
  const months = lastMonths(today, 24);
  const meetingDates = (sqlite.prepare(`select starts_on from meetings m where ${meetingWhere}`).all(params) as { starts_on: string }[]).map((m) => m.starts_on);
  const window = [`${months[0]}-01`, lastDayOfMonth(months.at(-1)!)] as const;
  const meetingsPerMonth = Object.fromEntries(months.map((month) => [month, meetingDates.filter((d) => d.length >= 7 && d.slice(0, 7) === month).length]));
  const inWindowByYear = meetingDates.filter((d) => d.length === 4 && lastDay(d) >= window[0] && firstDay(d) <= window[1]).length;

  const followUps = sqlite
    .prepare(`select f.due_on from follow_up_actions f join meetings m on m.id = f.meeting_id where ${meetingWhere} and f.status = 'open'`)
    .all(params) as { due_on: string | null }[];
  return {
    projectsByStatus,
    late,
    dueSoon,
    agreementsBySigningStatus,
    meetingsPerMonth,
    inWindowByYear,
    followUpsOpen: followUps.length,
    followUpsOverdue: followUps.filter((f) => f.due_on && f.due_on < today).length,
  };
}

function figures(filters: DashboardFilters) {
  const d = fetchSupervisorDashboard(database.accounts.supervisor, filters, today);
  const nonZero = (rows: { count: number }[], key: "status" | "month") =>
    Object.fromEntries(rows.filter((r) => r.count > 0).map((r) => [(r as unknown as Record<string, string>)[key], r.count]));
  return {
    projectsByStatus: nonZero(d.projectsByStatus, "status"),
    late: d.lateMilestones.total,
    dueSoon: d.dueSoon.total,
    agreementsBySigningStatus: nonZero(d.agreementsBySigningStatus, "status"),
    meetingsPerMonth: Object.fromEntries(d.meetingsPerMonth.map((r) => [r.month, r.count])),
    inWindowByYear: d.meetingsDatedByYearOnly,
    followUpsOpen: d.followUps.open,
    followUpsOverdue: d.followUps.overdue,
    dashboard: d,
  };
}

describe("fetchSupervisorDashboard", () => {
  it.each([
    ["no filter", {}],
    ["a country", { country: "PT" }],
    ["a funder", "funder"],
    ["a country and a funder", "PT+funder"],
    ["a country with no record", { country: "IS" }],
  ] as const)("agrees with a recount in SQL with %s", (_, spec) => {
    const filters: DashboardFilters =
      spec === "funder" ? { funder } : spec === "PT+funder" ? { country: "PT", funder } : spec;
    const { dashboard, ...shown } = figures(filters);
    const expected = recount(filters);
    expect(shown).toEqual(expected);
    expect(dashboard.lateMilestones.rows.length).toBe(Math.min(expected.late, 8));
  });

  it("gives the figures a person would count by hand for Portugal", () => {
    const { dashboard, ...shown } = figures({ country: "PT" });
    expect(shown.projectsByStatus).toEqual({ pipeline: 1, suspended: 1 });
    expect(shown.late).toBe(3);
    expect(shown.dueSoon).toBe(3);
    expect(shown.agreementsBySigningStatus).toEqual({ awaiting_signature: 1, draft: 1 });
    expect(Object.entries(shown.meetingsPerMonth).filter(([, n]) => n > 0)).toEqual([
      ["2024-12", 1],
      ["2025-01", 1],
      ["2026-03", 1],
    ]);
    expect(shown.inWindowByYear).toBe(1);
    expect([shown.followUpsOpen, shown.followUpsOverdue]).toEqual([3, 1]);
    // Overdue first, undated last.
    expect(dashboard.followUps.rows.map((r) => r.description)).toEqual(["overdue", "later", "undated"]);
    expect(dashboard.meetingsPerMonth).toHaveLength(24);
    expect(dashboard.meetingsPerMonth[0]!.month).toBe("2024-12");
    expect(dashboard.meetingsPerMonth.at(-1)!.month).toBe("2026-11");
  });

  it("follows the funder to its projects' milestones, agreements and meetings", () => {
    const { dashboard, ...shown } = figures({ funder });
    expect(shown.projectsByStatus).toEqual({ pipeline: 1, implementation: 1 });
    expect(shown.agreementsBySigningStatus).toEqual({ draft: 1, under_negotiation: 1 });
    expect(shown.meetingsPerMonth["2026-06"]).toBe(1);
    expect(dashboard.followUps.rows.map((r) => r.description)).toEqual(["linked"]);
  });

  it("spans a country's whole record when none of its meetings is recent, from its first dated month to its last", () => {
    const { db } = database;
    db.insert(meetings)
      .values([
        { startsOn: "2016-03-10", kind: "working_meeting", countryCode: "NO" },
        { startsOn: "2017-05", kind: "working_meeting", countryCode: "NO" },
        { startsOn: "2015", kind: "working_meeting", countryCode: "NO" }, // dated by year only: not a month of the chart
        { startsOn: "2014-01-01", kind: "working_meeting", countryCode: "NO", archivedAt: "2020-01-01T00:00:00.000Z" },
        { startsOn: "2018-01-01", endsOn: "2018-01-02", kind: "working_meeting", countryCode: "NO", archivedAt: "2020-01-01T00:00:00.000Z" },
      ])
      .run();
    const all = fetchSupervisorDashboard(database.accounts.supervisor, { country: "NO" }, today);
    expect(all.meetingPeriod).toBe("all");
    expect(all.meetingsPerMonth.map((m) => m.month)).toEqual([
      ...["03", "04", "05", "06", "07", "08", "09", "10", "11", "12"].map((m) => `2016-${m}`),
      ...["01", "02", "03", "04", "05"].map((m) => `2017-${m}`),
    ]);
    expect(all.meetingsPerMonth.filter((m) => m.count > 0)).toEqual([
      { month: "2016-03", count: 1 },
      { month: "2017-05", count: 1 },
    ]);
    const recent = fetchSupervisorDashboard(database.accounts.supervisor, { country: "NO", period: "recent" }, today);
    expect(recent.meetingPeriod).toBe("recent");
    expect(recent.meetingsPerMonth.map((m) => m.month)).toEqual(lastMonths(today, 24));
    // One meeting this year is enough for the chart to show the recent window.
    db.insert(meetings).values({ startsOn: "2026-02", kind: "working_meeting", countryCode: "NO" }).run();
    expect(fetchSupervisorDashboard(database.accounts.supervisor, { country: "NO" }, today).meetingPeriod).toBe("recent");
  });

  it("is refused to committee members", () => {
    expect(() => fetchSupervisorDashboard(database.accounts.committee, {}, today)).toThrow(/Forbidden/);
  });
});

describe("fetchDashboardFilterOptions", () => {
  it("offers the countries on record; the funder picker finds the organisations that fund a project", () => {
    const options = fetchDashboardFilterOptions(database.accounts.supervisor);
    expect(options.countries.map((c) => c.code)).toEqual(expect.arrayContaining(["PT", "IT", "DE", "ES"]));
    expect(options.countries.map((c) => c.code)).not.toContain("IS");
    expect(searchChoices(database.accounts.supervisor, "funder", "", "fr").map((f) => f.label)).toContain("FDT");
  });
});
