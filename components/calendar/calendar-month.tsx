/**
 * The month view: a strip for what belongs to the month as a whole (month- and year-precision
 * dates), then the grid, Monday first, which flows right to left in Arabic. Each day lists at most
 * DAY_CAP items and links the rest ("+N more") to that day in the agenda. Phones get a compact
 * grid whose busy days link to the agenda. A day's classes are written once in app/globals.css
 * (data-slot="calendar-day"): a month is 35-42 cells, sent in the HTML and again in the RSC payload.
 */
import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { DAY_CAP, STRIP_CAP, type CalendarDay, type CalendarEntry } from "@/lib/calendar/month";
import { calendarHref, type CalendarPageView } from "@/lib/calendar/view";
import { CalendarEntryGrid, CalendarEntryLink, type EntryTitle } from "./calendar-entry";

export function MonthStrip({ entries, titleFor }: { entries: CalendarEntry[]; titleFor: EntryTitle }) {
  const t = useTranslations("calendar");
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="calendar-month-strip" data-testid="calendar-month-strip" className="rounded-lg border bg-card p-3">
      <h2 id="calendar-month-strip" className="mb-2 text-sm font-semibold">
        {t("monthStrip")}
      </h2>
      <CalendarEntryGrid entries={entries.slice(0, STRIP_CAP)} titleFor={titleFor} />
      {entries.length > STRIP_CAP && <p className="mt-2 text-xs text-muted-foreground">{t("more", { count: entries.length - STRIP_CAP })}</p>}
    </section>
  );
}

export function CalendarMonth({ view, titleFor }: { view: CalendarPageView; titleFor: EntryTitle }) {
  const t = useTranslations("calendar");
  const { layout, weekdays, today, filters } = view;
  const agendaDay = (day: CalendarDay) => calendarHref({ ...filters, view: "agenda" }, `#day-${day.date}`);
  return (
    <div className="flex flex-col gap-3">
      <MonthStrip entries={layout.monthEntries} titleFor={titleFor} />
      <table className="w-full table-fixed border-collapse" data-testid="calendar-grid" aria-label={t("gridLabel")}>
        <thead>
          <tr>
            {weekdays.map((name) => (
              <th key={name} scope="col" className="border-b p-1 text-center text-xs font-medium text-muted-foreground">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {layout.weeks.map((week) => (
            <tr key={week[0]?.date}>
              {week.map((day) => {
                const shown = day.entries.slice(0, DAY_CAP);
                const hidden = day.entries.length - shown.length;
                const dayNumber = Number(day.date.slice(8));
                return (
                  <td key={day.date} data-testid={day.inMonth ? `calendar-day-${day.date}` : undefined} data-slot="calendar-day" data-outside={day.inMonth ? undefined : ""}>
                    {day.inMonth && (
                      <div>
                        <span data-slot="calendar-day-number" aria-current={day.date === today ? "date" : undefined}>
                          {dayNumber}
                        </span>
                        {/* Phones: a dot and a count that open the day in the agenda. */}
                        {day.entries.length > 0 && (
                          <Link href={agendaDay(day)} data-slot="calendar-day-count">
                            <span aria-hidden>
                              <span />
                              {day.entries.length}
                            </span>
                            <span className="sr-only">{t("itemCount", { count: day.entries.length })}</span>
                          </Link>
                        )}
                        <ul data-slot="calendar-day-items">
                          {shown.map((entry) => {
                            const label = titleFor(entry);
                            return (
                              <li key={`${entry.kind}-${entry.id}`}>
                                <CalendarEntryLink entry={entry} kindLabel={label.kind} fallbackTitle={label.fallback} compact />
                              </li>
                            );
                          })}
                          {hidden > 0 && (
                            <li>
                              <Link href={agendaDay(day)} className="text-xs font-medium text-primary underline" data-testid="calendar-more">
                                {t("more", { count: hidden })}
                              </Link>
                            </li>
                          )}
                        </ul>
                      </div>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
