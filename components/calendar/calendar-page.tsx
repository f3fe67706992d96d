/**
 * The calendar's body: the month's title and navigation, the view switch, the filters, and the
 * month grid or the agenda. Everything it shows comes from the view model (lib/calendar/view.ts).
 */
import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { ChevronLeft, ChevronRight } from "@/components/ui/icons";
import { buttonVariants } from "@/components/ui/button";
import type { Option } from "@/components/forms/fields";
import { formatPartialDate, parsePartialDate } from "@/lib/dates/partial-date";
import type { CalendarEntry } from "@/lib/calendar/month";
import { calendarKinds } from "@/lib/calendar/schema";
import type { CalendarPageView } from "@/lib/calendar/view";
import type { Locale } from "@/lib/i18n/config";
import { cn } from "@/lib/utils";
import { CalendarAgenda } from "./calendar-agenda";
import { CalendarFilters } from "./calendar-filters";
import { CalendarMonth } from "./calendar-month";

export function CalendarPage({ view, locale, countries }: { view: CalendarPageView; locale: Locale; countries: Option[] }) {
  const t = useTranslations("calendar");
  const titleFor = (entry: CalendarEntry) => {
    const precision = parsePartialDate(entry.start)?.precision;
    return {
      kind: t(`kinds.${entry.kind}`),
      fallback: t(`untitled.${entry.kind}`),
      note: precision === "year" ? t("wholeYear", { year: entry.start.slice(0, 4) }) : undefined,
    };
  };
  const tab = (active: boolean) => cn(buttonVariants({ variant: active ? "default" : "outline", size: "sm" }));
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">
          {t("title")}
          <span className="sr-only"> – </span>
          <span className="ms-2 text-lg font-semibold text-muted-foreground" data-testid="calendar-month-label">
            {formatPartialDate(view.filters.month, locale)}
          </span>
        </h1>
        <nav aria-label={t("monthNavigation")} className="flex items-center gap-1">
          <Link href={view.hrefs.previous} className={buttonVariants({ variant: "outline", size: "sm" })} rel="prev">
            {/* As the pager's (components/shell/pagination.tsx): "previous" points to the start
                side, "next" to the end side, turned by the page's direction, not by a flag. */}
            <ChevronRight aria-hidden className="size-4 ltr:rotate-180" />
            {t("previous")}
          </Link>
          <Link href={view.hrefs.today} className={buttonVariants({ variant: "ghost", size: "sm" })}>
            {t("thisMonth")}
          </Link>
          <Link href={view.hrefs.next} className={buttonVariants({ variant: "outline", size: "sm" })} rel="next">
            {t("next")}
            <ChevronLeft aria-hidden className="size-4 ltr:rotate-180" />
          </Link>
        </nav>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <nav aria-label={t("viewLabel")} className="flex gap-1">
          <Link href={view.hrefs.month} className={tab(view.filters.view === "month")} aria-current={view.filters.view === "month" ? "page" : undefined}>
            {t("views.month")}
          </Link>
          <Link href={view.hrefs.agenda} className={tab(view.filters.view === "agenda")} aria-current={view.filters.view === "agenda" ? "page" : undefined}>
            {t("views.agenda")}
          </Link>
        </nav>
        <p className="text-sm text-muted-foreground" role="status">
          {t("itemCount", { count: view.total })}
        </p>
      </div>
      <CalendarFilters
        values={view.filters}
        kinds={calendarKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        countries={countries}
      />
      {view.filters.view === "agenda" ? (
        <CalendarAgenda view={view} locale={locale} titleFor={titleFor} />
      ) : (
        <CalendarMonth view={view} titleFor={titleFor} />
      )}
    </div>
  );
}
