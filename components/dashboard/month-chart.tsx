import { Link } from "@/components/ui/link";
import { dateLocales } from "@/lib/dates/partial-date";
import type { Locale } from "@/lib/i18n/config";
import { dateTimeFormat } from "@/lib/i18n/intl-cache";

/**
 * Meetings per month as columns, oldest first in the reading direction (right to left in Arabic),
 * sized to its container; about six month names (CLDR short names, ar-MA's Moroccan ones) mark
 * the axis, a year under each January.
 * Each column shows its number above it and links to that month's meetings; the month's full
 * name is given to screen readers.
 */
export function MonthChart({
  months,
  locale,
  hrefFor,
  countLabel,
}: {
  months: { month: string; count: number }[];
  locale: Locale;
  hrefFor: (month: string) => string;
  countLabel: (count: number) => string;
}) {
  const max = Math.max(1, ...months.map((m) => m.count));
  const format = (month: string, options: Intl.DateTimeFormatOptions) => {
    const [y, m] = month.split("-").map(Number) as [number, number];
    return dateTimeFormat(dateLocales[locale], { timeZone: "UTC", numberingSystem: "latn", ...options }).format(new Date(Date.UTC(y, m - 1, 15)));
  };
  const labelEvery = Math.max(1, Math.ceil(months.length / 6));
  return (
    <ol className="flex h-48 items-stretch gap-0.5 overflow-x-auto pb-1" data-testid="meetings-per-month">
      {months.map(({ month, count }, index) => {
        // About six month names along the axis whatever the period, so they never crowd.
        const labelled = index % labelEvery === 0;
        const showYear = index === 0 || month.endsWith("-01");
        return (
          <li key={month} className="flex min-w-0 flex-1 flex-col items-center justify-end gap-1">
            <Link
              href={hrefFor(month)}
              className="group flex w-full flex-1 flex-col items-center justify-end gap-1 rounded-sm focus-visible:outline-2 focus-visible:outline-ring"
            >
              <span aria-hidden className="text-xs font-semibold tabular-nums" data-testid={`meetings-${month}`}>
                {count > 0 ? count : ""}
              </span>
              <span
                aria-hidden
                className="w-full max-w-6 rounded-t-sm bg-primary/80 group-hover:bg-primary"
                style={{ blockSize: `${(count / max) * 100}%`, minBlockSize: count > 0 ? "2px" : "0" }}
              />
              <span className="sr-only">
                {format(month, { month: "long", year: "numeric" })}: {countLabel(count)}
              </span>
            </Link>
            <span aria-hidden className="h-3 text-[10px] leading-tight whitespace-nowrap text-muted-foreground">
              {labelled ? format(month, { month: "short" }) : ""}
            </span>
            <span aria-hidden className="h-3 text-[10px] leading-tight text-muted-foreground tabular-nums">
              {showYear ? month.slice(0, 4) : ""}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
