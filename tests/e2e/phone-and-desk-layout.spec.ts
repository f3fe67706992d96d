/**
 * The shell on a phone and at the desk: at 390x844 no page scrolls sideways (every page kind, in
 * Arabic and in French, for the role that uses it), the menu button opens the navigation in a
 * sheet that Escape closes (focus back on the button); at 1366x900 the header is one row for every
 * role.
 */
import { expect, test, type Page } from "@playwright/test";
import { createTestUser, withDb, type Role } from "./support/db";
import { signIn } from "./support/fixtures";
import { addCommitteeMembership, projectIdOf } from "./support/workspaces";

const first = (sql: string) => withDb((db) => (db.prepare(sql).get() as { id: number | string }).id);

function pagesOf(role: Role): string[] {
  const meeting = first("select id from meetings where archived_at is null order by id limit 1");
  const project = projectIdOf("Recoming");
  const agreement = first("select id from agreements order by id limit 1");
  const organisation = first("select id from organisations order by id limit 1");
  const person = first("select id from people order by id limit 1");
  const event = first("select id from events order by id limit 1");
  const programme = first("select id from programmes order by id limit 1");
  const user = first("select id from users order by id limit 1");
  switch (role) {
    case "staff":
      return [
        "/",
        "/meetings",
        `/meetings/${meeting}`,
        "/meetings/new",
        `/meetings/${meeting}/edit`,
        "/projects",
        `/projects/${project}`,
        "/projects/new",
        `/projects/${project}/edit`,
        "/programmes",
        `/programmes/${programme}`,
        "/agreements",
        "/agreements?view=board",
        `/agreements/${agreement}`,
        "/agreements/new",
        "/organisations",
        `/organisations/${organisation}`,
        "/organisations/new",
        "/people",
        `/people/${person}`,
        "/people/new",
        "/events",
        `/events/${event}`,
        "/events/new",
        "/countries",
        "/countries/ES",
        "/reviews",
        "/account/password",
      ];
    case "supervisor":
      return ["/", "/validation", "/data-quality", "/countries/SD"];
    case "admin":
      return ["/", "/admin/users", `/admin/users/${user}`];
    case "committee":
      return ["/", `/projects/${project}`, `/review/${project}`];
  }
}

async function expectNoSidewaysScroll(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("main")).toBeVisible();
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${path} is ${scrollWidth}px wide on a ${innerWidth}px screen`).toBeLessThanOrEqual(innerWidth);
}

/** The demo users' names: as long as the header must show whole at 1366 px. */
const NAMES: Record<Role, string> = { admin: "Amina Admin", supervisor: "Samir Supervisor", staff: "Salma Staff", committee: "Karim Committee" };

async function userFor(role: Role, locale: "ar" | "fr") {
  const user = await createTestUser(role, { locale, name: NAMES[role] });
  if (role === "committee") addCommitteeMembership(user.id, projectIdOf("Recoming"));
  return user;
}

test.describe("on a 390x844 phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const locale of ["ar", "fr"] as const) {
    for (const role of ["staff", "supervisor", "admin", "committee"] as const) {
      test(`no ${role} page scrolls sideways (${locale})`, async ({ page }) => {
        test.setTimeout(180_000);
        const user = await userFor(role, locale);
        await signIn(page, user.email, user.password);
        for (const path of pagesOf(role)) await expectNoSidewaysScroll(page, path);
      });
    }
  }

  test("the admin's accounts table keeps its column names on a phone", async ({ page }) => {
    const user = await userFor("admin", "ar");
    await signIn(page, user.email, user.password);
    const table = page.getByTestId("accounts-by-role");
    for (const name of ["الدور", "نشطة", "معطلة", "في انتظار الدخول الأول"]) {
      await expect(table.getByRole("columnheader", { name })).toBeVisible();
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });

  test("the menu button opens the navigation in a sheet; Escape closes it and focus returns to the button", async ({ page }) => {
    const user = await userFor("staff", "ar");
    await signIn(page, user.email, user.password);
    const menuButton = page.getByRole("button", { name: "فتح القائمة" });
    await expect(menuButton).toBeVisible();
    await menuButton.click();
    const sheet = page.getByRole("dialog");
    await expect(sheet.getByRole("navigation", { name: "القائمة الرئيسية" })).toBeVisible();
    await expect(sheet.getByRole("link", { name: "اللقاءات" })).toBeVisible();
    await expect(sheet.getByRole("button", { name: "إغلاق القائمة", exact: true })).toBeVisible();
    // The sheet opens from the inline-start side: the right edge in Arabic.
    const box = await sheet.boundingBox();
    expect(Math.round((box?.x ?? 0) + (box?.width ?? 0))).toBe(390);
    await page.keyboard.press("Escape");
    await expect(sheet).toHaveCount(0);
    await expect(menuButton).toBeFocused();
    // A link in the sheet navigates and closes it.
    await menuButton.click();
    await page.getByRole("dialog").getByRole("link", { name: "المشاريع" }).click();
    await expect(page).toHaveURL(/\/projects$/);
    await expect(page.getByRole("dialog")).toHaveCount(0);
  });

  test("a list's filters fold behind one button that counts the filters on, so the rows come first", async ({ page }) => {
    const user = await userFor("staff", "ar");
    await signIn(page, user.email, user.password);
    await page.goto("/meetings?country=ES&from=2018-01-01");
    const toggle = page.getByRole("button", { name: /التصفية/ });
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(toggle).toContainText("(تصفيتان مفعلتان)");
    await expect(page.getByRole("search", { name: "تصفية اللقاءات" })).toBeHidden();
    // The first row is on the first screen.
    const firstMeeting = page.locator('main a[href^="/meetings/"]:not([href="/meetings/new"])').first();
    expect((await firstMeeting.boundingBox())?.y ?? 9999).toBeLessThan(844);
    await toggle.click();
    await expect(page.getByRole("search", { name: "تصفية اللقاءات" })).toBeVisible();
    await page.getByRole("search", { name: "تصفية اللقاءات" }).getByRole("searchbox", { name: "بحث" }).fill("وزير");
    await page.getByRole("search", { name: "تصفية اللقاءات" }).getByRole("button", { name: "تطبيق" }).click();
    await expect(page).toHaveURL(/q=/);
    await expect(page.getByRole("button", { name: /التصفية/ })).toContainText("(3 تصفيات مفعلة)");
  });
});

test.describe("at the desk, 1366x900, the filters are open", () => {
  test.use({ viewport: { width: 1366, height: 900 } });
  test("no fold button; the filter form shows", async ({ page }) => {
    const user = await userFor("staff", "fr");
    await signIn(page, user.email, user.password);
    await page.goto("/meetings");
    await expect(page.getByRole("search", { name: "Filtrer les entretiens" })).toBeVisible();
    await expect(page.getByRole("button", { name: /^Filtres/ })).toBeHidden();
  });
});

test.describe("at the desk, 1366x900", () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  for (const locale of ["ar", "fr"] as const) {
    test(`the header is one row for every role (${locale})`, async ({ page }) => {
      test.setTimeout(120_000);
      // Something waits for the supervisors' validation, so that their header carries a badge.
      withDb((db) => db.prepare("insert into meetings (starts_on, kind, country_code, topics, validation_status) values ('1990', 'working_meeting', 'IS', ?, 'new')").run(`En attente ${locale} ${Date.now()}`));
      for (const role of ["admin", "supervisor", "staff", "committee"] as const) {
        const user = await userFor(role, locale);
        await signIn(page, user.email, user.password);
        const header = page.getByTestId("app-header");
        const height = (await header.boundingBox())?.height ?? 0;
        // One row: the 36 px controls plus the header's padding; a second row would add 36 more.
        expect(height, `${role}'s header is ${height}px high`).toBeLessThan(60);
        await expect(header.getByRole("navigation")).toBeVisible();
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        // No control lies over another: the navigation ends before the search button begins (in
        // French, a supervisor's "more" button once ran over it).
        const nav = (await header.getByRole("navigation").boundingBox())!;
        const search = (await header.getByRole("button", { name: /Ctrl\+K/ }).boundingBox())!;
        const apart = locale === "ar" ? nav.x >= search.x + search.width : nav.x + nav.width <= search.x;
        expect(apart, `${role}'s navigation ${JSON.stringify(nav)} and search ${JSON.stringify(search)}`).toBe(true);
        // The user's name and role show whole in Arabic, where the row has room for them at 1366 px
        // (they were cut at 9rem: «Samir Supervisor · م…»). French navigation labels are longer:
        // there, an administrator's row is full and the name may still be shortened.
        if (locale === "ar") {
          const account = header.getByRole("link", { name: new RegExp(NAMES[role]) });
          await expect(account).toBeVisible();
          const cut = await account.evaluate((link) => [link, link.parentElement!].some((el) => el.scrollWidth > el.clientWidth + 1));
          expect(cut, `${role}'s name and role are cut off`).toBe(false);
        }
        // From 1280 px the links that wait for the user are inline with their own badge: the "more"
        // button no longer counts them again.
        if (role === "supervisor") {
          await expect(header.getByTestId("nav-badge-/validation")).toBeVisible();
          const more = header.getByRole("navigation").getByRole("button", { name: locale === "ar" ? "المزيد" : "Plus" });
          expect(await more.evaluate((el) => (el as HTMLElement).innerText)).not.toMatch(/\d/);
        }
        await page.context().clearCookies();
      }
    });
  }
});
