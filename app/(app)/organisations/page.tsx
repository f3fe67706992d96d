import { getTranslations } from "next-intl/server";
import { DirectoryFilters } from "@/components/forms/directory-filters";
import { OrganisationsTable } from "@/components/organisations/organisations-table";
import { DirectoryListHeader } from "@/components/page-kit/directory-list-header";
import { Pagination } from "@/components/shell/pagination";
import { organisationTypes } from "@/db/enums";
import { fetchCountryChoices } from "@/lib/countries/reference";
import { exportQuery } from "@/lib/lists/search-params";
import { fetchOrganisationsPage } from "@/lib/organisations/queries";
import { organisationFiltersSchema } from "@/lib/organisations/schema";
import { listForPage, type SearchPageProps } from "@/lib/pages/list";
import { listLinks } from "@/lib/pages/list-url";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";
import { RouteMessages } from "@/components/shell/route-messages";

export const generateMetadata = titleMetadata("organisations", "title");

export default async function OrganisationsPage({ searchParams }: SearchPageProps) {
  const { user, abilities, raw, filters } = await listForPage(searchParams, "organisation", organisationFiltersSchema);
  const [t, locale] = [await getTranslations("organisations"), await pageLocale()];
  const result = fetchOrganisationsPage(user, filters, locale);
  const { params } = listLinks("/organisations", filters, ["q", "type", "country", "archived"]);
  return (
    <RouteMessages route="directory/list">
      <div className="flex flex-col gap-4">
        <DirectoryListHeader kind="organisations" archived={!!filters.archived} abilities={abilities} exportQuery={exportQuery(raw)} />
        <DirectoryFilters
          action="/organisations"
          label={t("filtersLabel")}
          q={filters.q}
          searchPlaceholder={t("searchPlaceholder")}
          selects={[
            { name: "type", label: t("columns.type"), value: filters.type, options: organisationTypes.map((k) => ({ value: k, label: t(`types.${k}`) })) },
            { name: "country", label: t("columns.country"), value: filters.country, options: fetchCountryChoices(locale) },
          ]}
          hidden={{ archived: filters.archived }}
        />
        <OrganisationsTable rows={result.rows} locale={locale} />
        <Pagination basePath="/organisations" params={params} page={result.page} pageCount={result.pageCount} total={result.total} />
      </div>
    </RouteMessages>
  );
}
