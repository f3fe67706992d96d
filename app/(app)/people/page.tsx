import { getTranslations } from "next-intl/server";
import { DirectoryFilters } from "@/components/forms/directory-filters";
import { DirectoryListHeader } from "@/components/page-kit/directory-list-header";
import { PeopleTable } from "@/components/people/people-table";
import { Pagination } from "@/components/shell/pagination";
import { fetchCountryChoices } from "@/lib/countries/reference";
import { exportQuery } from "@/lib/lists/search-params";
import { listForPage, type SearchPageProps } from "@/lib/pages/list";
import { listLinks } from "@/lib/pages/list-url";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";
import { fetchPeoplePage } from "@/lib/people/queries";
import { peopleFiltersSchema } from "@/lib/people/schema";
import { RouteMessages } from "@/components/shell/route-messages";

export const generateMetadata = titleMetadata("people", "title");

export default async function PeoplePage({ searchParams }: SearchPageProps) {
  const { user, abilities, raw, filters } = await listForPage(searchParams, "person", peopleFiltersSchema);
  const [t, locale] = [await getTranslations("people"), await pageLocale()];
  const result = fetchPeoplePage(user, filters);
  const { params } = listLinks("/people", filters, ["q", "country", "archived"]);
  return (
    <RouteMessages route="directory/list">
      <div className="flex flex-col gap-4">
        <DirectoryListHeader kind="people" archived={!!filters.archived} abilities={abilities} exportQuery={exportQuery(raw)} />
        <DirectoryFilters
          action="/people"
          label={t("filtersLabel")}
          q={filters.q}
          searchPlaceholder={t("searchPlaceholder")}
          selects={[{ name: "country", label: t("columns.country"), value: filters.country, options: fetchCountryChoices(locale) }]}
          hidden={{ archived: filters.archived }}
        />
        <PeopleTable rows={result.rows} locale={locale} />
        <Pagination basePath="/people" params={params} page={result.page} pageCount={result.pageCount} total={result.total} />
      </div>
    </RouteMessages>
  );
}
