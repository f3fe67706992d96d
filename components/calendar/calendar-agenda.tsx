/**
 * The agenda view: the month's strip, then the busy days of the month with their items, AGENDA_CAP
 * items at most in all (then how many were left out: the filters narrow the month).
 */
import { useTranslations } from "next-intl";
import { formatPartialDate, dateLocales } from "@/lib/dates/partial-date";
import { AGENDA_CAP, type CalendarDay } from "@/lib/calendar/month";
import type { CalendarPageView } from "@/lib/calendar/view";
import { dateTimeFormat } from "@/lib/i18n/intl-cache";
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
  const weekday = dateTimeFormat(dateLocales[locale], { weekday: "long", timeZone: "UTC" });
  // The first AGENDA_CAP items, day after day.
  const shown: CalendarDay[] = [];
  let room = AGENDA_CAP;
  let hidden = 0;
  for (const day of view.layout.busyDays) {
    if (room > 0) shown.push({ ...day, entries: day.entries.slice(0, room) });
    hidden += Math.max(0, day.entries.length - room);
    room = Math.max(0, room - day.entries.length);
  }
  return (
    <div className="flex flex-col gap-3" data-testid="calendar-agenda">
      <MonthStrip entries={view.layout.monthEntries} titleFor={titleFor} />
      {view.layout.busyDays.length === 0 && view.layout.monthEntries.length === 0 && <p className="text-muted-foreground">{t("empty")}</p>}
      <ol className="flex flex-col gap-3">
        {shown.map((day) => (
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
      {hidden > 0 && (
        <p className="text-sm text-muted-foreground" data-testid="agenda-capped">
          {t("agendaCapped", { shown: AGENDA_CAP, hidden })}
        </p>
      )}
    </div>
  );
}
