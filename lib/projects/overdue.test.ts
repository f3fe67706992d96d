/**
 * Overdue projects on the seed (issue 14): the supervisor dashboard's count and the projects
 * list's `overdue=1` filter agree with a recount in plain SQL over the raw tables, written another
 * way (each planned end padded to its last day with SQLite's date functions). A project ending
 * "2019" is overdue from 1 January 2020, not before; a closed project with no open milestone is
 * not overdue; one with an open milestone is.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { activities, projects } from "@/db/schema";
import { openSeededDatabase } from "@/tests/helpers/seeded-db";
import { fetchSupervisorDashboard } from "@/lib/dashboard/queries";
import { fetchProjectsPage } from "./queries";
import { projectFiltersSchema } from "./schema";

let seeded: ReturnType<typeof openSeededDatabase>;
beforeAll(() => {
  seeded = openSeededDatabase("overdue-projects");
});
afterAll(() => seeded.cleanup());

/** The recount: ids of live projects overdue on `today`, by the definition, in raw SQL. */
function recount(today: string): number[] {
  const rows = seeded.db.all<{ id: number }>(sql`
    select p.id from projects p
    where p.archived_at is null and p.planned_end is not null
      and (case length(p.planned_end)
             when 4 then p.planned_end || '-12-31'
             when 7 then date(p.planned_end || '-01', '+1 month', '-1 day')
             else p.planned_end end) < ${today}
      and ((p.status not in ('closed', 'cancelled') and p.actual_end is null)
           or exists (select 1 from activities a where a.project_id = p.id and a.archived_at is null and a.status not in ('done', 'cancelled')))
    order by p.id`);
  return rows.map((r) => r.id);
}

function listed(today: string): number[] {
  const page = fetchProjectsPage(seeded.accounts.supervisor, projectFiltersSchema.parse({ overdue: "1" }), today);
  return page.rows.map((r) => r.id).sort((a, b) => a - b);
}

describe("overdue projects", () => {
  it("on the seed: the dashboard counts them, the list filters them, and both match the SQL recount", () => {
    const today = "2026-11-29";
    const ids = recount(today);
    // Six seed projects have a planned end before today and nothing states they were closed.
    expect(ids).toHaveLength(6);
    expect(fetchSupervisorDashboard(seeded.accounts.supervisor, {}, today).overdueProjects).toBe(ids.length);
    expect(listed(today)).toEqual(ids);
    const page = fetchProjectsPage(seeded.accounts.supervisor, projectFiltersSchema.parse({}), today);
    expect(page.rows.filter((r) => r.overdue).map((r) => r.id).sort((a, b) => a - b)).toEqual(ids);
  });

  it("judges a planned end at its precision", () => {
    const recosa = seeded.db.select().from(projects).where(eq(projects.acronym, "RECOSA")).get()!;
    expect(recosa.plannedEnd).toBe("2019");
    expect(listed("2019-12-31")).not.toContain(recosa.id);
    expect(listed("2020-01-01")).toContain(recosa.id);
    expect(recount("2019-12-31")).toEqual(listed("2019-12-31"));
    expect(recount("2020-01-01")).toEqual(listed("2020-01-01"));
  });

  it("leaves out a closed project, unless it still has an open milestone", () => {
    const today = "2026-11-29";
    const recosa = seeded.db.select().from(projects).where(eq(projects.acronym, "RECOSA")).get()!;
    seeded.db.update(projects).set({ status: "closed" }).where(eq(projects.id, recosa.id)).run();
    const open = seeded.db.select({ id: activities.id }).from(activities).where(eq(activities.projectId, recosa.id)).all();
    seeded.db.update(activities).set({ status: "done" }).where(eq(activities.projectId, recosa.id)).run();
    expect(listed(today)).not.toContain(recosa.id);
    seeded.db.insert(activities).values({ projectId: recosa.id, title: "Atelier encore ouvert", status: "planned", plannedOn: "2019-06" }).run();
    expect(listed(today)).toContain(recosa.id);
    expect(recount(today)).toEqual(listed(today));
    expect(open.length).toBeGreaterThan(0);
  });
});
