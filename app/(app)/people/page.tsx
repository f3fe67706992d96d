import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { DirectoryFilters } from "@/components/forms/directory-filters";
import { PeopleTable } from "@/components/people/people-table";
import { Pagination } from "@/components/shell/pagination";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";
import { fetchCountries } from "@/lib/meetings/queries";
import { fetchPeoplePage } from "@/lib/people/queries";
import { peopleFiltersSchema } from "@/lib/people/schema";

export async function generateMetadata() {
  return { title: (await getTranslations("people"))("title") };
}

export default async function PeoplePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("read", "person");
  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const filters = peopleFiltersSchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, first(v)])));
  const [t, current] = [await getTranslations("people"), await getLocale()];
  const locale = isLocale(current) ? current : "ar";
  const result = fetchPeoplePage(user, filters);
  const collator = new Intl.Collator(locale);
  const countries = fetchCountries()
    .map((c) => ({ value: c.code, label: localizedName(c, locale, c.code) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  const params = { q: filters.q || undefined, country: filters.country, archived: filters.archived };
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{filters.archived ? t("archivedTitle") : t("title")}</h1>
        <div className="flex gap-2">
          {can(user.role, "restore", "person") && (
            <Link href={filters.archived ? "/people" : "/people?archived=1"} className={buttonVariants({ variant: "ghost" })}>
              {filters.archived ? t("showCurrent") : t("showArchived")}
            </Link>
          )}
          {can(user.role, "create", "person") && (
            <Link href="/people/new" className={buttonVariants()}>
              <Plus aria-hidden className="size-4" />
              {t("new")}
            </Link>
          )}
        </div>
      </div>
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
