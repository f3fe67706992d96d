/**
 * What a long period must not do to the layout (seen at life size, with 100,000 meetings): the
 * supervisor's meetings chart over 76 months on a 390 px phone scrolls inside its own box, never
 * the page; a count is drawn above its column only where it fits on one line (273 used to be
 * stacked one digit per line); the axis labels (years, month names) sit whole inside the chart's
 * scroll area, the first one included; the same figures are in a table.
 * The seed's meetings span two years with few a month, so the chart's data is this spec's own:
 * meetings in New Zealand over 76 months with 150 in one, and in Fiji over five months with 150 in
 * one (there the counts are wide enough to be drawn, so the one-line check is not vacuous). Their
 * dates stay between the seed's first meeting (December 2016) and today, so that the unfiltered
 * chart's period, which other specs check against the data, is not stretched by them.
 */
import { expect, test, type Page } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { signIn } from "./support/fixtures";

const TAG = "e2e chart width";

/** The chart's meetings, once for all workers (an immediate transaction: the check and the inserts are one). */
function ensureChartMeetings() {
  withDb((db) => {
    db.transaction(() => {
      if (db.prepare("select 1 from meetings where topics = ? limit 1").get(TAG)) return;
      const insert = db.prepare("insert into meetings (starts_on, kind, country_code, topics, search_text) values (?, 'working_meeting', ?, ?, '')");
      const add = (country: string, day: string, times = 1) => {
        for (let i = 0; i < times; i++) insert.run(day, country, TAG);
      };
      // New Zealand: January 2019 to April 2025, 76 months. From 2019: the publications story marks
      // the lists of 2006 to 2018 publishable and expects none left over.
      add("NZ", "2019-01-10");
      add("NZ", "2019-03-14", 150);
      add("NZ", "2020-07-02", 12);
      add("NZ", "2025-04-10");
      // Fiji: February to June 2019, five months.
      add("FJ", "2019-02-20", 150);
      add("FJ", "2019-06-05");
    }).immediate();
  });
}

type Box = { left: number; right: number; top: number; bottom: number; height: number; text: string };

/** The chart's geometry: the page's and the scroll box's widths, and every drawn count and axis label against its column. */
async function chartGeometry(page: Page) {
  return page.getByTestId("meetings-per-month").evaluate((ol) => {
    const box = (element: Element): Box => {
      const r = element.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, height: r.height, text: element.textContent ?? "" };
    };
    const drawn = (element: Element) => element.getClientRects().length > 0 && (element.textContent ?? "").trim() !== "";
    const columns = [...ol.querySelectorAll(":scope > li")];
    const counts = columns.flatMap((li) => {
      const label = li.querySelector("a > [data-testid^='meetings-']");
      if (!label || !drawn(label)) return [];
      return [{ ...box(label), lineHeight: parseFloat(getComputedStyle(label).lineHeight), column: box(li) }];
    });
    // The two spans after the link: the month name, the year.
    const axis = columns.flatMap((li) =>
      [...li.querySelectorAll(":scope > span")].filter(drawn).map((label) => ({ ...box(label), lineHeight: parseFloat(getComputedStyle(label).lineHeight) })),
    );
    const scroller = ol.parentElement!;
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      columns: columns.length,
      counts,
      axis,
      area: box(ol),
      scroller: { clientWidth: scroller.clientWidth, scrollWidth: scroller.scrollWidth, overflowX: getComputedStyle(scroller).overflowX },
    };
  });
}

for (const locale of ["ar", "fr"] as const) {
  test.describe(`the meetings chart on a 390 px phone (${locale})`, () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test(`a hundred months scroll inside the chart, counts on one line or not drawn, axis labels whole (${locale})`, async ({ page }) => {
      ensureChartMeetings();
      const supervisor = await createTestUser("supervisor", { locale });
      await signIn(page, supervisor.email, supervisor.password);

      for (const path of ["/?country=NZ&period=all", "/?period=all", "/?country=FJ&period=all"]) {
        await page.goto(path);
        const g = await chartGeometry(page);
        expect(g.scrollWidth, `${path}: the page is ${g.scrollWidth}px wide on a ${g.innerWidth}px screen`).toBeLessThanOrEqual(g.innerWidth);
        for (const count of g.counts) {
          expect(count.height, `${path}: count "${count.text}" is ${count.height}px high (one line is ${count.lineHeight}px)`).toBeLessThanOrEqual(count.lineHeight * 1.2);
          expect(count.right - count.left, `${path}: count "${count.text}" is wider than its column`).toBeLessThanOrEqual(count.column.right - count.column.left + 0.5);
        }
        for (const label of g.axis) {
          expect(label.height, `${path}: axis label "${label.text}" wraps`).toBeLessThanOrEqual(label.lineHeight * 1.2);
          // Inside the chart's scroll area (all of it, scrolled or not): nothing is cut off at either end.
          expect(label.left, `${path}: axis label "${label.text}" is cut at the left`).toBeGreaterThanOrEqual(g.area.left - 0.5);
          expect(label.right, `${path}: axis label "${label.text}" is cut at the right`).toBeLessThanOrEqual(g.area.right + 0.5);
        }
        if (path.includes("NZ")) {
          expect(g.columns).toBe(76);
          // A hundred months do not fit in 390 px: the chart's own box scrolls.
          expect(g.scroller.overflowX).toBe("auto");
          expect(g.scroller.scrollWidth).toBeGreaterThan(g.scroller.clientWidth);
          // Every January names its year, whole.
          expect(g.axis.filter((l) => /^20\d\d$/.test(l.text)).map((l) => l.text)).toEqual(Array.from({ length: 7 }, (_, i) => String(2019 + i)));
        }
        if (path.includes("FJ")) {
          // Five months are wide enough for "150": it is drawn, on one line.
          expect(g.counts.map((c) => c.text)).toContain("150");
          // The figures are in a table too.
          const table = page.getByTestId("meetings-per-month-table");
          await table.locator("summary").click();
          await expect(table.getByRole("row").filter({ hasText: "150" })).toHaveCount(1);
        }
      }
    });
  });
}
