import { getTranslations } from "next-intl/server";
import { ExportMenu } from "@/components/exports/export-menu";
import { DirectoryFilters } from "@/components/forms/directory-filters";
import { PeopleTable } from "@/components/people/people-table";
import { Pagination } from "@/components/shell/pagination";
import { ImportLink } from "@/components/imports/import-link";
import { ArchivedToggle, ListHeader, NewLink } from "@/components/shell/record-page";
import { listAbilities } from "@/lib/auth/abilities";
import { requirePermission } from "@/lib/auth/session";
import { fetchCountryChoices } from "@/lib/countries/queries";
import { fetchPeoplePage } from "@/lib/people/queries";
import { peopleFiltersSchema } from "@/lib/people/schema";
import { exportQuery, parseListFilters } from "@/lib/lists/search-params";
import { listLinks } from "@/lib/pages/list-url";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";

export const generateMetadata = titleMetadata("people", "title");

export default async function PeoplePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("read", "person");
  const abilities = listAbilities(user, "person");
  const raw = await searchParams;
  const filters = parseListFilters(peopleFiltersSchema, raw);
  const [t, ti, locale] = [await getTranslations("people"), await getTranslations("imports"), await pageLocale()];
  const result = fetchPeoplePage(user, filters);
  const countries = fetchCountryChoices(locale);
  const { params } = listLinks("/people", filters, ["q", "country", "archived"]);
  return (
    <div className="flex flex-col gap-4">
      <ListHeader title={filters.archived ? t("archivedTitle") : t("title")}>
        {abilities.seeArchived && (
          <ArchivedToggle href="/people" archived={!!filters.archived} labels={{ showArchived: t("showArchived"), showCurrent: t("showCurrent") }} />
        )}
        <ExportMenu list="people" query={exportQuery(raw)} />
        {abilities.create && <ImportLink kind="people" label={ti("link")} />}
        {abilities.create && <NewLink href="/people/new" label={t("new")} />}
      </ListHeader>
      <DirectoryFilters
        action="/people"
        label={t("filtersLabel")}
        q={filters.q}
        searchPlaceholder={t("searchPlaceholder")}
        selects={[{ name: "country", label: t("columns.country"), value: filters.country, options: countries }]}
        hidden={{ archived: filters.archived }}
      />
      <PeopleTable rows={result.rows} locale={locale} />
      <Pagination basePath="/people" params={params} page={result.page} pageCount={result.pageCount} total={result.total} />
    </div>
  );
}
