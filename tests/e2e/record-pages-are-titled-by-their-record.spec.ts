/**
 * A browser tab names the record it shows: a meeting by its counterparts, a person by name, an
 * organisation, an agreement and a project by their names in the reader's language (the tabs said
 * only "تعاون", "الاتفاقيات" or "مشروع 395"); a meeting with no counterpart by its kind, country and
 * date (its tab said only "اللقاءات"). A record outside a committee member's scope keeps
 * the generic title on its not-found page, so a title never names what the page hides.
 */
import { expect, test } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { signIn } from "./support/fixtures";
import { addCommitteeMembership, projectIdOf } from "./support/workspaces";

type Row = Record<string, string | number | null>;
const one = (sql: string) => withDb((db) => db.prepare(sql).get() as Row);

test("staff see each record's own name in the tab, in Arabic and in French", async ({ page }) => {
  const meeting = one(`select m.id, p.name from meetings m join meeting_counterparts mc on mc.meeting_id = m.id join people p on p.id = mc.person_id
    where m.archived_at is null group by m.id having count(*) = 1 order by m.id limit 1`);
  const person = one("select id, name from people where archived_at is null and merged_into_id is null order by id limit 1");
  const organisation = one("select id, name_ar, name_fr from organisations where archived_at is null and merged_into_id is null and name_ar is not null and name_fr is not null order by id limit 1");
  const agreement = one("select id, title_ar, title_fr from agreements where archived_at is null and title_ar is not null and title_fr is not null order by id limit 1");
  const project = one("select id, acronym from projects where archived_at is null and acronym is not null order by id limit 1");
  for (const [locale, app] of [["ar", "تعاون"], ["fr", "Taawun"]] as const) {
    const staff = await createTestUser("staff", { locale });
    await signIn(page, staff.email, staff.password);
    const expected: [string, string][] = [
      [`/meetings/${meeting.id}`, String(meeting.name)],
      [`/people/${person.id}`, String(person.name)],
      [`/organisations/${organisation.id}`, String(locale === "ar" ? organisation.name_ar : organisation.name_fr)],
      [`/agreements/${agreement.id}`, String(locale === "ar" ? agreement.title_ar : agreement.title_fr)],
      [`/projects/${project.id}`, String(project.acronym)],
    ];
    for (const [path, name] of expected) {
      await page.goto(path);
      const title = (await page.title()).replace(/[\u2068\u2069]/g, "");
      expect(title, path).toContain(name);
      expect(title, path).toContain(app);
    }
    await page.context().clearCookies();
  }
});

test("a meeting with no counterpart is titled by its kind, country and date in the reader's language", async ({ page }) => {
  const id = withDb(
    (db) => (db.prepare("insert into meetings (starts_on, kind, country_code) values ('2019-05-14', 'working_meeting', 'ES') returning id").get() as { id: number }).id,
  );
  for (const [locale, expected, generic] of [
    ["ar", ["جلسة عمل", "إسبانيا", "2019", "تعاون"], "اللقاءات"],
    ["fr", ["Séance de travail · Espagne · 14 mai 2019 · Taawun"], "Entretiens"],
  ] as const) {
    const staff = await createTestUser("staff", { locale });
    await signIn(page, staff.email, staff.password);
    await page.goto(`/meetings/${id}`);
    const title = await page.title();
    for (const part of expected) expect(title).toContain(part);
    expect(title).not.toContain(generic);
    await page.context().clearCookies();
  }
});

test("a project outside a committee member's scope keeps the generic title", async ({ page }) => {
  const recoming = projectIdOf("Recoming");
  const recosa = projectIdOf("RECOSA");
  const member = await createTestUser("committee", { locale: "ar" });
  addCommitteeMembership(member.id, recoming);
  await signIn(page, member.email, member.password);
  await page.goto(`/projects/${recoming}`);
  expect(await page.title()).toContain("Recoming");
  const response = await page.goto(`/projects/${recosa}`);
  expect(response?.status()).toBe(404);
  expect(await page.title()).not.toContain("RECOSA");
});
