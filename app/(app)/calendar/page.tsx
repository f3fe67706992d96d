import { CalendarPage } from "@/components/calendar/calendar-page";
import { requireUser } from "@/lib/auth/session";
import { calendarFiltersSchema } from "@/lib/calendar/schema";
import { buildCalendarView } from "@/lib/calendar/view";
import { fetchCountryChoices } from "@/lib/countries/reference";
import { parseListFilters } from "@/lib/lists/search-params";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";
import type { SearchPageProps } from "@/lib/pages/list";
import { RouteMessages } from "@/components/shell/route-messages";

export const generateMetadata = titleMetadata("calendar", "title");

export default async function CalendarRoute({ searchParams }: SearchPageProps) {
  const user = await requireUser();
  const filters = parseListFilters(calendarFiltersSchema, await searchParams);
  const locale = await pageLocale();
  return (
    <RouteMessages route="calendar">
      <CalendarPage view={buildCalendarView(user, filters, locale)} locale={locale} countries={fetchCountryChoices(locale)} />
    </RouteMessages>
  );
}
