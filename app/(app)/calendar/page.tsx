import { getLocale, getTranslations } from "next-intl/server";
import { CalendarPage } from "@/components/calendar/calendar-page";
import { requireUser } from "@/lib/auth/session";
import { calendarFiltersSchema } from "@/lib/calendar/schema";
import { buildCalendarView } from "@/lib/calendar/view";
import { fetchCountryChoices } from "@/lib/countries/queries";
import { isLocale } from "@/lib/i18n/config";

export async function generateMetadata() {
  return { title: (await getTranslations("calendar"))("title") };
}

export default async function CalendarRoute({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const filters = calendarFiltersSchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, first(v)])));
  const locale = await getLocale();
  const lang = isLocale(locale) ? locale : "ar";
  const view = buildCalendarView(user, filters, lang);
  return <CalendarPage view={view} locale={lang} countries={fetchCountryChoices(lang)} />;
}
