"use client";

/**
 * The markup of the meetings-per-month chart and its table (components/dashboard/month-chart.tsx
 * computes every word and link on the server). A client component only so that the page's RSC
 * payload carries each month as a few fields rather than as its rendered columns and table rows:
 * ten years are 120 months, which rendered on the server weighed about 2 kB a month in the HTML
 * and again in the payload (a 540 kB dashboard). It formats nothing itself, so the browser
 * renders exactly what the server did.
 */
import { useState } from "react";
import { useLocale } from "next-intl";
import { Link } from "@/components/ui/link";
import { formatCount } from "@/lib/i18n/numbers";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

/** One month of the chart, with its words in the reader's language. */
export type MonthColumn = {
  /** `YYYY-MM` */
  month: string;
  count: number;
  /** The month's long name and year ("يناير 2017", "janvier 2017"). */
  monthName: string;
  /** The count in words ("283 لقاء"). */
  countText: string;
  /** The month's meetings (the list filtered to it). */
  href: string;
  /** The month's short name under its column, or "" (about six along the axis). */
  axis: string;
  /** The year under its column, or "". */
  year: string;
};

/**
 * The columns (styles in app/globals.css, data-slot="month-…"; each column's title is its
 * accessible name) and the table, rendered when first opened.
 * @param max the largest count (the full height); `digits`: its digits when a count can be drawn
 */
export function MonthChartView({
  columns,
  max,
  digits,
  table,
}: {
  columns: MonthColumn[];
  max: number;
  digits: number | undefined;
  table: { summary: string; month: string; count: string };
}) {
  const locale = useLocale();
  // The table's rows are rendered once it is first opened (from the same data): most visits never
  // open it, and its 120 rows would weigh on every dashboard's HTML.
  const [tableOpened, setTableOpened] = useState(false);
  return (
    <div className="flex min-w-0 flex-col gap-3">
      <div className="min-w-0 overflow-x-auto" data-testid="meetings-per-month-scroll">
        <ol className="flex h-48 w-max min-w-full items-stretch gap-0.5 px-4 pb-1" data-testid="meetings-per-month" data-digits={digits}>
          {columns.map((column) => {
            const described = `${column.monthName}: ${column.countText}`;
            return (
              <li key={column.month} data-slot="month-column">
                {/* The title is the column's accessible name and its tooltip: what it holds is hidden. */}
                <Link href={column.href} title={described} data-slot="month-link">
                  <span aria-hidden data-slot="month-count" data-testid={`meetings-${column.month}`}>
                    {column.count > 0 ? column.count : ""}
                  </span>
                  <span
                    aria-hidden
                    data-slot="month-bar"
                    style={{ blockSize: `${(column.count / max) * 100}%`, minBlockSize: column.count > 0 ? "2px" : "0" }}
                  />
                </Link>
                <span aria-hidden data-slot="month-axis">
                  {column.axis}
                </span>
                <span aria-hidden data-slot="month-axis">
                  {column.year}
                </span>
              </li>
            );
          })}
        </ol>
      </div>
      <details className="text-sm" data-testid="meetings-per-month-table" onToggle={(event) => event.currentTarget.open && setTableOpened(true)}>
        <summary className="w-fit cursor-pointer text-muted-foreground hover:text-foreground">{table.summary}</summary>
        {tableOpened && (
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
                {columns.map((column) => (
                  <TableRow key={column.month}>
                    <TableHead scope="row" className="h-auto py-1.5 font-normal">
                      <Link href={column.href} className="text-primary underline-offset-4 hover:underline">
                        {column.monthName}
                      </Link>
                    </TableHead>
                    <TableCell className="py-1.5 text-end tabular-nums">{formatCount(column.count, locale)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </details>
    </div>
  );
}
