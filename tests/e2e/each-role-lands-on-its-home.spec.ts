import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { withDb } from "./support/db";
import { signIn } from "./support/fixtures";
import { todayInCasablanca, uniqueLabel } from "./support/workspaces";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")) }));
}

const homes = [
  { email: "admin@taawun.test", heading: "إدارة النظام", landmark: "accounts-by-role" },
  { email: "supervisor@taawun.test", heading: "لوحة القيادة", landmark: "projects-by-status" },
  { email: "staff@taawun.test", heading: "مرحبا، Salma Staff", landmark: "recent-entries" },
  { email: "committee@taawun.test", heading: "مشاريع لجان القيادة", landmark: "awaiting-summary" },
];

for (const home of homes) {
  test(`${home.email} lands on their role's home at "/", without serious axe violations`, async ({ page }) => {
    await signIn(page, home.email);
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator("main h1")).toHaveText(home.heading);
    await expect(page.getByTestId(home.landmark)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("the supervisor dashboard's figures, filtered by a funder, agree with the records recounted in SQL", async ({ page }) => {
  const today = todayInCasablanca();
  const month = today.slice(0, 7);
  const acronym = uniqueLabel("FND");
  const funder = withDb((db) => {
    const org = (db.prepare("insert into organisations (name_fr, acronym, type) values (?, ?, 'donor_agency') returning id").get(`Bailleur ${acronym}`, acronym) as { id: number }).id;
    const project = (status: string) => {
      const id = (db.prepare("insert into projects (title_fr, status) values (?, ?) returning id").get(`Projet ${acronym} ${status}`, status) as { id: number }).id;
      db.prepare("insert into project_partners (project_id, organisation_id, partner_role) values (?, ?, 'funding')").run(id, org);
      return id;
    };
    const [first, second] = [project("implementation"), project("implementation")];
    project("suspended");
    const milestone = (projectId: number, plannedOn: string | null, status: string, meetingId: number | null = null) =>
      db.prepare("insert into activities (project_id, title, planned_on, status, meeting_id) values (?, ?, ?, ?, ?)").run(projectId, `Étape ${acronym} ${plannedOn}`, plannedOn, status, meetingId);
    milestone(first, "2020-01", "planned"); // late
    milestone(first, month, "planned"); // due in the coming days
    milestone(second, "2019", "in_progress"); // late
    milestone(second, "2020-02", "done"); // neither
    db.prepare("insert into agreements (type, title_fr, project_id, signing_status) values ('convention', ?, ?, 'awaiting_signature')").run(`Accord ${acronym}`, first);
    db.prepare("insert into agreements (type, title_fr, counterpart_organisation_id, signing_status) values ('memorandum_of_understanding', ?, ?, 'draft')").run(`Mémorandum ${acronym}`, org);
    const meeting = (db.prepare("insert into meetings (starts_on, kind, topics) values (?, 'steering_committee_session', ?) returning id").get(today, acronym) as { id: number }).id;
    milestone(first, today, "done", meeting);
    db.prepare("insert into follow_up_actions (meeting_id, description, due_on, status) values (?, ?, '2020-01-01', 'open')").run(meeting, `Suivi en retard ${acronym}`);
    db.prepare("insert into follow_up_actions (meeting_id, description, status) values (?, ?, 'open')").run(meeting, `Suivi ${acronym}`);
    db.prepare("insert into follow_up_actions (meeting_id, description, status) values (?, ?, 'done')").run(meeting, `Suivi fait ${acronym}`);
    return org;
  });

  await signIn(page, "supervisor@taawun.test");
  await page.getByLabel("الممول", { exact: true }).click();
  await page.getByRole("option", { name: acronym, exact: true }).click();
  await page.getByRole("button", { name: "تطبيق" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]funder=${funder}(&|$)`));

  const shown = async (testId: string) => Number(await page.getByTestId(testId).textContent());

  // The recount: plain SQL on the raw tables, with the partial-date rules applied by hand.
  const recount = withDb((db) => {
    const funded = "(select project_id from project_partners where partner_role = 'funding' and organisation_id = @funder)";
    const params = { funder };
    const byStatus = db.prepare(`select status, count(*) n from projects where archived_at is null and id in ${funded} group by status`).all(params) as { status: string; n: number }[];
    const open = (db.prepare(`select a.planned_on p from activities a join projects pr on pr.id = a.project_id
      where a.archived_at is null and pr.archived_at is null and pr.id in ${funded} and a.status not in ('done', 'cancelled') and a.planned_on is not null`).all(params) as { p: string }[]).map((r) => r.p);
    const lastDay = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? new Date(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)), 0)).toISOString().slice(0, 10) : d);
    const firstDay = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
    const horizon = new Date(Date.parse(`${today}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
    const agreementsByStatus = db.prepare(`select signing_status s, count(*) n from agreements where archived_at is null
      and (project_id in ${funded} or counterpart_organisation_id = @funder) group by signing_status`).all(params) as { s: string; n: number }[];
    const meetingWhere = `m.archived_at is null and (m.id in (select meeting_id from activities where archived_at is null and project_id in ${funded})
      or m.id in (select meeting_id from meeting_counterparts where organisation_id = @funder))`;
    const meetingsThisMonth = (db.prepare(`select count(*) n from meetings m where ${meetingWhere} and substr(m.starts_on, 1, 7) = @month`).get({ ...params, month }) as { n: number }).n;
    const followUps = db.prepare(`select f.due_on d from follow_up_actions f join meetings m on m.id = f.meeting_id where ${meetingWhere} and f.status = 'open'`).all(params) as { d: string | null }[];
    return {
      byStatus: Object.fromEntries(byStatus.map((r) => [r.status, r.n])),
      late: open.filter((d) => lastDay(d) < today).length,
      dueSoon: open.filter((d) => lastDay(d) >= today && firstDay(d) <= horizon).length,
      agreements: Object.fromEntries(agreementsByStatus.map((r) => [r.s, r.n])),
      meetingsThisMonth,
      followUpsOpen: followUps.length,
      followUpsOverdue: followUps.filter((f) => f.d && f.d < today).length,
    };
  });

  for (const status of ["not_stated", "pipeline", "implementation", "finalisation", "closed", "cancelled", "suspended"]) {
    expect(await shown(`projects-status-${status}`), status).toBe(recount.byStatus[status] ?? 0);
  }
  for (const status of ["draft", "under_negotiation", "text_agreed", "awaiting_signature", "signed", "in_force", "expired", "terminated"]) {
    expect(await shown(`agreements-status-${status}`), status).toBe(recount.agreements[status] ?? 0);
  }
  expect(await shown("late-milestones-total")).toBe(recount.late);
  expect(await shown("due-soon-total")).toBe(recount.dueSoon);
  expect(await shown(`meetings-${month}`)).toBe(recount.meetingsThisMonth);
  expect(await shown("follow-ups-open")).toBe(recount.followUpsOpen);
  expect(await shown("follow-ups-overdue")).toBe(recount.followUpsOverdue);
  // The records above are what a person would count by hand, so the recount is not vacuous.
  expect([recount.byStatus.implementation, recount.byStatus.suspended, recount.late, recount.dueSoon]).toEqual([2, 1, 2, 1]);
  expect([recount.meetingsThisMonth, recount.followUpsOpen, recount.followUpsOverdue]).toEqual([1, 2, 1]);

  // Each figure leads to its records.
  await page.getByTestId("projects-by-status").getByRole("link", { name: "معلق" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects\\?status=suspended&funder=${funder}$`));
});
