import { getTranslations } from "next-intl/server";
import { ExportMenu } from "@/components/exports/export-menu";
import { DirectoryFilters } from "@/components/forms/directory-filters";
import { OrganisationsTable } from "@/components/organisations/organisations-table";
import { Pagination } from "@/components/shell/pagination";
import { ImportLink } from "@/components/imports/import-link";
import { ArchivedToggle, ListHeader, NewLink } from "@/components/shell/record-page";
import { organisationTypes } from "@/db/enums";
import { listAbilities } from "@/lib/auth/abilities";
import { requirePermission } from "@/lib/auth/session";
import { fetchCountryChoices } from "@/lib/countries/queries";
import { fetchOrganisationsPage } from "@/lib/organisations/queries";
import { organisationFiltersSchema } from "@/lib/organisations/schema";
import { exportQuery, parseListFilters } from "@/lib/lists/search-params";
import { listLinks } from "@/lib/pages/list-url";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";

export const generateMetadata = titleMetadata("organisations", "title");

export default async function OrganisationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("read", "organisation");
  const abilities = listAbilities(user, "organisation");
  const raw = await searchParams;
  const filters = parseListFilters(organisationFiltersSchema, raw);
  const [t, ti, locale] = [await getTranslations("organisations"), await getTranslations("imports"), await pageLocale()];
  const result = fetchOrganisationsPage(user, filters, locale);
  const countries = fetchCountryChoices(locale);
  const { params } = listLinks("/organisations", filters, ["q", "type", "country", "archived"]);
  return (
    <div className="flex flex-col gap-4">
      <ListHeader title={filters.archived ? t("archivedTitle") : t("title")}>
        {abilities.seeArchived && (
          <ArchivedToggle href="/organisations" archived={!!filters.archived} labels={{ showArchived: t("showArchived"), showCurrent: t("showCurrent") }} />
        )}
        <ExportMenu list="organisations" query={exportQuery(raw)} />
        {abilities.create && <ImportLink kind="organisations" label={ti("link")} />}
        {abilities.create && <NewLink href="/organisations/new" label={t("new")} />}
      </ListHeader>
      <DirectoryFilters
        action="/organisations"
        label={t("filtersLabel")}
        q={filters.q}
        searchPlaceholder={t("searchPlaceholder")}
        selects={[
          { name: "type", label: t("columns.type"), value: filters.type, options: organisationTypes.map((k) => ({ value: k, label: t(`types.${k}`) })) },
          { name: "country", label: t("columns.country"), value: filters.country, options: countries },
        ]}
        hidden={{ archived: filters.archived }}
      />
      <OrganisationsTable rows={result.rows} locale={locale} />
      <Pagination basePath="/organisations" params={params} page={result.page} pageCount={result.pageCount} total={result.total} />
    </div>
  );
}
