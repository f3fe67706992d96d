import { dateLocales } from "@/lib/dates/partial-date";
import type { Locale } from "@/lib/i18n/config";
import { dateTimeFormat } from "@/lib/i18n/intl-cache";
import { MonthChartView, type MonthColumn } from "./month-chart-view";

/**
 * A column shows its count above the bar when the count fits in one line: the column's own width
 * (each column is a size container) against the width of the largest count (`data-digits` on the
 * chart; the thresholds are in app/globals.css, by digits: text-xs semibold tabular digits are
 * 6.9 px each in Noto Sans Arabic and its Latin fallback, measured in Chromium, plus 2 px). Every
 * column uses the largest count's width, so the counts show on all columns or on none; beyond six
 * digits a count is never drawn (it stays in the column's title, its accessible name and the table).
 */
const MAX_DRAWN_DIGITS = 6;

/**
 * Meetings per month as columns, oldest first in the reading direction (right to left in Arabic);
 * about six month names (CLDR short names, ar-MA's Moroccan ones) mark the axis, a year under each
 * January.
 * The columns share the container's width but never get narrower than 6 px: a long period (ten
 * years is 120 columns, which still fit at 1366 px) scrolls sideways inside the chart's own box on
 * a phone, never the page (the box is min-w-0; the columns' content cannot widen them, each being
 * a size container; and each is `relative`, so that its screen-reader text, absolutely placed,
 * stays inside the scrolled box instead of stretching the document to the chart's width). Each
 * column shows its number above it when the number fits in one line (MAX_DRAWN_DIGITS), links to that
 * month's meetings, and gives the month's full name and count as its title and to screen readers.
 * The axis labels overflow their narrow columns, centred, into the chart's side padding, so the
 * first and the last are not clipped; the first column's year gives way to a January right after
 * it. Under the chart, a table of the same figures on demand: readable numbers and wide links on a
 * phone, where the columns are too narrow for either.
 */
export function MonthChart({
  months,
  locale,
  hrefFor,
  countLabel,
  table,
}: {
  months: { month: string; count: number }[];
  locale: Locale;
  hrefFor: (month: string) => string;
  countLabel: (count: number) => string;
  /** The table's words: its disclosure's summary and its two column headings. */
  table: { summary: string; month: string; count: string };
}) {
  const max = Math.max(1, ...months.map((m) => m.count));
  const format = (month: string, options: Intl.DateTimeFormatOptions) => {
    const [y, m] = month.split("-").map(Number) as [number, number];
    return dateTimeFormat(dateLocales[locale], { timeZone: "UTC", numberingSystem: "latn", ...options }).format(new Date(Date.UTC(y, m - 1, 15)));
  };
  const labelEvery = Math.max(1, Math.ceil(months.length / 6));
  // The first column names its year unless a January follows within two columns: two year labels
  // side by side would overlap on narrow columns.
  const januaryNearStart = months.slice(1, 3).some(({ month }) => month.endsWith("-01"));
  const columns: MonthColumn[] = months.map(({ month, count }, index) => ({
    month,
    count,
    monthName: format(month, { month: "long", year: "numeric" }),
    countText: countLabel(count),
    href: hrefFor(month),
    // About six month names along the axis whatever the period, so they never crowd.
    axis: index % labelEvery === 0 ? format(month, { month: "short" }) : "",
    year: month.endsWith("-01") || (index === 0 && !januaryNearStart) ? month.slice(0, 4) : "",
  }));
  const digits = String(max).length;
  return <MonthChartView columns={columns} max={max} digits={digits <= MAX_DRAWN_DIGITS ? digits : undefined} table={table} />;
}
