/**
 * Staff browses the calendar: in December 2016 a day item (the 19-20 December meeting) sits on its
 * days and the month-precision items (an event edition, a milestone) sit in the strip above the
 * grid, with Moroccan month names and Monday first; a filter by kind lives in the URL; the agenda
 * lists the month day by day; in French, a crowded day (the GFMD, 5 December 2018) shows "+N more",
 * which opens that day in the agenda. Screenshots of the month view (Arabic and French, 1366 and
 * 390 px) go to test-results/screens/ for a person to look at.
 */
import { expect, test, type Page } from "@playwright/test";
import { createTestUser } from "./support/db";
import { choose, signIn } from "./support/fixtures";

async function screenshot(page: Page, name: string, width: number) {
  await page.setViewportSize({ width, height: width > 800 ? 900 : 844 });
  await page.screenshot({ path: `test-results/${width === 1366 ? "screens" : "screens-extra"}/${name}-${width}.png`, fullPage: true });
}

test("staff sees a day item and a month item, filters by kind and reads the agenda (Arabic)", async ({ page }) => {
  const staff = await createTestUser("staff", { locale: "ar" });
  await signIn(page, staff.email, staff.password);
  await page.goto("/calendar?month=2016-12");
  await expect(page.getByTestId("calendar-month-label")).toHaveText("دجنبر 2016");
  // Monday first: the first column is Monday, and 1 December 2016 (a Thursday) is in the 4th.
  await expect(page.getByTestId("calendar-grid").locator("thead th").first()).toHaveText(/الاثنين|ن/);
  const firstWeek = page.getByTestId("calendar-grid").locator("tbody tr").first().locator("td");
  await expect(firstWeek.nth(3)).toHaveAttribute("data-testid", "calendar-day-2016-12-01");

  const meetingDay = page.getByTestId("calendar-day-2016-12-19");
  await expect(meetingDay.locator('[data-kind="meeting"]')).toHaveCount(1);
  await expect(page.getByTestId("calendar-day-2016-12-20").locator('[data-kind="meeting"]')).toHaveCount(1);
  const strip = page.getByTestId("calendar-month-strip");
  await expect(strip.locator('[data-kind="edition"]')).toHaveCount(1);
  await expect(strip.locator('[data-kind="milestone"]').first()).toBeVisible();
  // A month-precision item never lands on a day.
  await expect(page.getByTestId("calendar-grid").locator('[data-kind="edition"]')).toHaveCount(0);
  await screenshot(page, "calendar-month-ar", 1366);
  await screenshot(page, "calendar-month-ar", 390);
  await page.setViewportSize({ width: 1366, height: 900 });

  await choose(page, "النوع", "مرحلة مقررة");
  await page.getByRole("button", { name: "تطبيق" }).click();
  await expect(page).toHaveURL(/kind=milestone/);
  await expect(page).toHaveURL(/month=2016-12/);
  await expect(page.locator('[data-testid="calendar-entry"][data-kind="meeting"]')).toHaveCount(0);
  await expect(strip.locator('[data-kind="milestone"]').first()).toBeVisible();

  await page.getByRole("link", { name: "جدول الأعمال" }).click();
  await expect(page).toHaveURL(/view=agenda/);
  await expect(page).toHaveURL(/kind=milestone/);
  await page.goto("/calendar?month=2016-12&view=agenda");
  const day = page.getByTestId("agenda-day").filter({ has: page.locator('time[datetime="2016-12-19"]') });
  await expect(day).toContainText("19 دجنبر 2016");
  await day.locator('[data-kind="meeting"]').click();
  await expect(page).toHaveURL(/\/meetings\/\d+$/);
});

test("in French, a crowded day shows +N more, which opens the day in the agenda", async ({ page }) => {
  const staff = await createTestUser("staff", { locale: "fr" });
  await signIn(page, staff.email, staff.password);
  await page.goto("/calendar?month=2018-12");
  await expect(page.getByTestId("calendar-month-label")).toHaveText("décembre 2018");
  await expect(page.getByTestId("calendar-grid").locator("thead th").first()).toHaveText(/^lun/);
  const gfmd = page.getByTestId("calendar-day-2018-12-05");
  await expect(gfmd.getByTestId("calendar-entry")).toHaveCount(3);
  const more = gfmd.getByTestId("calendar-more");
  await expect(more).toHaveText(/^\+\d+ de plus$/);
  const hidden = Number((await more.textContent())!.match(/\d+/)![0]);
  await screenshot(page, "calendar-month-fr", 1366);
  await screenshot(page, "calendar-month-fr", 390);
  await page.setViewportSize({ width: 1366, height: 900 });
  await more.click();
  await expect(page).toHaveURL(/view=agenda.*#day-2018-12-05$/);
  const day = page.locator("#day-2018-12-05");
  await expect(day).toContainText("mercredi 5 décembre 2018");
  await expect(day.getByTestId("calendar-entry")).toHaveCount(3 + hidden);
  await expect(day.locator('[data-kind="edition"]')).toHaveCount(1);
});

test("each calendar item draws its kind's icon from the app's one icon sprite", async ({ page }) => {
  await signIn(page, "staff@taawun.test");
  const kindIcon: Record<string, string> = { meeting: "users", edition: "calendar-days", milestone: "flag", followUp: "list-checks" };
  for (const url of ["/calendar?month=2018-12", "/calendar?month=2018-12&view=agenda"]) {
    await page.goto(url);
    const icons = await page.getByTestId("calendar-entry").evaluateAll((links) =>
      links.map((link) => {
        const svg = link.querySelector("svg")!;
        const box = svg.getBoundingClientRect();
        return { kind: link.getAttribute("data-kind")!, href: svg.querySelector("use")?.getAttribute("href") ?? "", width: Math.round(box.width) };
      }),
    );
    expect(icons.length, url).toBeGreaterThan(3);
    const sprites = new Set(icons.map((icon) => icon.href.split("#")[0]));
    expect(sprites.size, url).toBe(1);
    const sprite = await (await page.request.get([...sprites][0]!)).text();
    for (const icon of icons) {
      expect(icon.href.split("#")[1], url).toBe(kindIcon[icon.kind]);
      expect(icon.width, url).toBe(14);
      // The symbol is in the sprite and holds the icon's strokes.
      expect(sprite).toMatch(new RegExp(`<symbol id="${kindIcon[icon.kind]}" viewBox="0 0 24 24"><(path|circle|rect) `));
    }
  }
});
