import { Link } from "@/components/ui/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { dateLocales } from "@/lib/dates/partial-date";
import type { Locale } from "@/lib/i18n/config";
import { dateTimeFormat } from "@/lib/i18n/intl-cache";
import { cn } from "@/lib/utils";

/**
 * When a column shows its count above the bar: the column's own width (each column is a size
 * container) against the width of the largest count, in text-xs semibold tabular digits (6.9 px
 * each in Noto Sans Arabic and its Latin fallback, measured in Chromium) plus 2 px. Every column
 * uses the largest count's width, so the counts show on all columns or on none. Static class
 * names, for Tailwind to find; beyond six digits a count is never drawn (it stays in the column's
 * title, its accessible name and the table).
 */
const COUNT_FITS = ["", "@min-[9px]:block", "@min-[16px]:block", "@min-[23px]:block", "@min-[30px]:block", "@min-[37px]:block", "@min-[44px]:block"];

/**
 * Meetings per month as columns, oldest first in the reading direction (right to left in Arabic);
 * about six month names (CLDR short names, ar-MA's Moroccan ones) mark the axis, a year under each
 * January.
 * The columns share the container's width but never get narrower than 6 px: a long period (ten
 * years is 120 columns, which still fit at 1366 px) scrolls sideways inside the chart's own box on
 * a phone, never the page (the box is min-w-0; the columns' content cannot widen them, each being
 * a size container; and each is `relative`, so that its screen-reader text, absolutely placed,
 * stays inside the scrolled box instead of stretching the document to the chart's width). Each
 * column shows its number above it when the number fits in one line (COUNT_FITS), links to that
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
  const describe = (month: string, count: number) => `${format(month, { month: "long", year: "numeric" })}: ${countLabel(count)}`;
  const labelEvery = Math.max(1, Math.ceil(months.length / 6));
  const countFits = COUNT_FITS[String(max).length] ?? "";
  // The first column names its year unless a January follows within two columns: two year labels
  // side by side would overlap on narrow columns.
  const januaryNearStart = months.slice(1, 3).some(({ month }) => month.endsWith("-01"));
  return (
    <div className="flex min-w-0 flex-col gap-3">
      <div className="min-w-0 overflow-x-auto" data-testid="meetings-per-month-scroll">
        <ol className="flex h-48 w-max min-w-full items-stretch gap-0.5 px-4 pb-1" data-testid="meetings-per-month">
          {months.map(({ month, count }, index) => {
            // About six month names along the axis whatever the period, so they never crowd.
            const labelled = index % labelEvery === 0;
            const showYear = month.endsWith("-01") || (index === 0 && !januaryNearStart);
            return (
              <li key={month} className="@container relative flex min-w-1.5 flex-1 flex-col items-center justify-end gap-1">
                <Link
                  href={hrefFor(month)}
                  title={describe(month, count)}
                  className="group flex w-full flex-1 flex-col items-center justify-end gap-1 rounded-sm focus-visible:outline-2 focus-visible:outline-ring"
                >
                  <span aria-hidden className={cn("hidden text-xs font-semibold whitespace-nowrap tabular-nums", countFits)} data-testid={`meetings-${month}`}>
                    {count > 0 ? count : ""}
                  </span>
                  <span
                    aria-hidden
                    className="w-full max-w-6 rounded-t-sm bg-primary/80 group-hover:bg-primary"
                    style={{ blockSize: `${(count / max) * 100}%`, minBlockSize: count > 0 ? "2px" : "0" }}
                  />
                  <span className="sr-only">{describe(month, count)}</span>
                </Link>
                <span aria-hidden className="h-3 text-[10px] leading-tight whitespace-nowrap text-muted-foreground">
                  {labelled ? format(month, { month: "short" }) : ""}
                </span>
                <span aria-hidden className="h-3 text-[10px] leading-tight whitespace-nowrap text-muted-foreground tabular-nums">
                  {showYear ? month.slice(0, 4) : ""}
                </span>
              </li>
            );
          })}
        </ol>
      </div>
      <details className="text-sm" data-testid="meetings-per-month-table">
        <summary className="w-fit cursor-pointer text-muted-foreground hover:text-foreground">{table.summary}</summary>
        <div className="mt-2 max-h-72 overflow-y-auto rounded-md border">
          <Table stack={false}>
            <TableHeader>
              <TableRow>
                <TableHead scope="col">{table.month}</TableHead>
                <TableHead scope="col" className="text-end">
                  {table.count}
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {months.map(({ month, count }) => (
                <TableRow key={month}>
                  <TableHead scope="row" className="h-auto py-1.5 font-normal">
                    <Link href={hrefFor(month)} className="text-primary underline-offset-4 hover:underline">
                      {format(month, { month: "long", year: "numeric" })}
                    </Link>
                  </TableHead>
                  <TableCell className="py-1.5 text-end tabular-nums">{count}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </details>
    </div>
  );
}
