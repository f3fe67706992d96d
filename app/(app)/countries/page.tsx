import { getTranslations } from "next-intl/server";
import { CountriesTable } from "@/components/countries/countries-table";
import { WorldMap } from "@/components/countries/world-map";
import { requirePermission } from "@/lib/auth/session";
import { fetchCountryActivity } from "@/lib/countries/activity";
import { parseCountrySort } from "@/lib/countries/params";
import { PageHeading } from "@/components/page-kit/page-heading";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";
import type { SearchPageProps } from "@/lib/pages/list";

export const generateMetadata = titleMetadata("countries.list", "title");

export default async function CountriesPage({ searchParams }: SearchPageProps) {
  const user = await requirePermission("read", "country");
  const [t, locale, { sort, direction }] = [await getTranslations("countries.list"), await pageLocale(), parseCountrySort(await searchParams)];
  const rows = fetchCountryActivity(user, locale, sort, direction);
  return (
    <div className="flex flex-col gap-6">
      <PageHeading as="header" title={t("title")} intro={t("intro")} />
      <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <WorldMap activity={rows} />
        <CountriesTable rows={rows} sort={sort} direction={direction} />
      </div>
    </div>
  );
}
