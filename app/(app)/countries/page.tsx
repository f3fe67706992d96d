import { getLocale, getTranslations } from "next-intl/server";
import { CountriesTable } from "@/components/countries/countries-table";
import { WorldMap } from "@/components/countries/world-map";
import { requirePermission } from "@/lib/auth/session";
import { fetchCountryActivity } from "@/lib/countries/activity";
import { parseCountrySort } from "@/lib/countries/params";
import { isLocale } from "@/lib/i18n/config";

export async function generateMetadata() {
  return { title: (await getTranslations("countries.list"))("title") };
}

export default async function CountriesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("read", "country");
  const [t, current, { sort, direction }] = [await getTranslations("countries.list"), await getLocale(), parseCountrySort(await searchParams)];
  const locale = isLocale(current) ? current : "ar";
  const rows = fetchCountryActivity(user, locale, sort, direction);
  return (
    <div className="flex flex-col gap-6">
      <header>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </header>
      <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <WorldMap activity={rows} />
        <CountriesTable rows={rows} sort={sort} direction={direction} />
      </div>
    </div>
  );
}
