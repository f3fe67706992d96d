/** The agenda view: the month's strip, then every busy day of the month with all its items. */
import { useTranslations } from "next-intl";
import { formatPartialDate, dateLocales } from "@/lib/dates/partial-date";
import type { CalendarPageView } from "@/lib/calendar/view";
import type { Locale } from "@/lib/i18n/config";
import { CalendarEntryGrid, type EntryTitle } from "./calendar-entry";
import { MonthStrip } from "./calendar-month";

export function CalendarAgenda({
  view,
  locale,
  titleFor,
}: {
  view: CalendarPageView;
  locale: Locale;
  titleFor: EntryTitle;
}) {
  const t = useTranslations("calendar");
  const weekday = new Intl.DateTimeFormat(dateLocales[locale], { weekday: "long", timeZone: "UTC" });
  return (
    <div className="flex flex-col gap-3" data-testid="calendar-agenda">
      <MonthStrip entries={view.layout.monthEntries} titleFor={titleFor} />
      {view.layout.busyDays.length === 0 && view.layout.monthEntries.length === 0 && <p className="text-muted-foreground">{t("empty")}</p>}
      <ol className="flex flex-col gap-3">
        {view.layout.busyDays.map((day) => (
          <li key={day.date} id={`day-${day.date}`} className="scroll-mt-20 rounded-lg border bg-card p-3" data-testid="agenda-day">
            <h2 className="mb-2 text-sm font-semibold">
              <time dateTime={day.date}>
                {weekday.format(new Date(`${day.date}T12:00:00Z`))} {formatPartialDate(day.date, locale)}
              </time>
            </h2>
            <CalendarEntryGrid entries={day.entries} titleFor={titleFor} />
          </li>
        ))}
      </ol>
    </div>
  );
}
