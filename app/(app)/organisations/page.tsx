import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { DirectoryFilters } from "@/components/forms/directory-filters";
import { OrganisationsTable } from "@/components/organisations/organisations-table";
import { Pagination } from "@/components/shell/pagination";
import { organisationTypes } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";
import { fetchCountries } from "@/lib/meetings/queries";
import { fetchOrganisationsPage } from "@/lib/organisations/queries";
import { organisationFiltersSchema } from "@/lib/organisations/schema";

export async function generateMetadata() {
  return { title: (await getTranslations("organisations"))("title") };
}

export default async function OrganisationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("read", "organisation");
  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const filters = organisationFiltersSchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, first(v)])));
  const [t, current] = [await getTranslations("organisations"), await getLocale()];
  const locale = isLocale(current) ? current : "ar";
  const result = fetchOrganisationsPage(user, filters, locale);
  const collator = new Intl.Collator(locale);
  const countries = fetchCountries()
    .map((c) => ({ value: c.code, label: localizedName(c, locale, c.code) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  const params = { q: filters.q || undefined, type: filters.type, country: filters.country, archived: filters.archived };
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{filters.archived ? t("archivedTitle") : t("title")}</h1>
        <div className="flex gap-2">
          {can(user.role, "restore", "organisation") && (
            <Link href={filters.archived ? "/organisations" : "/organisations?archived=1"} className={buttonVariants({ variant: "ghost" })}>
              {filters.archived ? t("showCurrent") : t("showArchived")}
            </Link>
          )}
          {can(user.role, "create", "organisation") && (
            <Link href="/organisations/new" className={buttonVariants()}>
              <Plus aria-hidden className="size-4" />
              {t("new")}
            </Link>
          )}
        </div>
      </div>
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
