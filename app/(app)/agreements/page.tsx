import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Columns3, Table2 } from "@/components/ui/icons";
import { buttonVariants } from "@/components/ui/button";
import { ExportMenu } from "@/components/exports/export-menu";
import { AgreementFilters } from "@/components/agreements/agreement-filters";
import { AgreementsBoard } from "@/components/agreements/agreements-board";
import { Pagination } from "@/components/shell/pagination";
import { AgreementsTable } from "@/components/agreements/agreements-table";
import { AgreementStatusCounts } from "@/components/agreements/status-counts";
import { ListHeader, NewLink } from "@/components/shell/record-page";
import { agreementTypes, signingStatuses } from "@/db/enums";
import { fetchAgreements } from "@/lib/agreements/queries";
import { agreementFiltersSchema } from "@/lib/agreements/schema";
import { fetchCountryChoices } from "@/lib/countries/reference";
import { cn } from "@/lib/utils";
import { exportQuery } from "@/lib/lists/search-params";
import { listForPage, type SearchPageProps } from "@/lib/pages/list";
import { listLinks } from "@/lib/pages/list-url";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";
import { RouteMessages } from "@/components/shell/route-messages";

export const generateMetadata = titleMetadata("agreements", "title");

export default async function AgreementsPage({ searchParams }: SearchPageProps) {
  const { user, abilities, raw, filters } = await listForPage(searchParams, "agreement", agreementFiltersSchema);
  const [t, locale] = [await getTranslations("agreements"), await pageLocale()];
  const { rows, counts, page, pageCount, total } = fetchAgreements(user, filters);
  const countries = fetchCountryChoices(locale);
  const { params, href } = listLinks("/agreements", filters, ["q", "status", "type", "country", "from", "to", "view", "validated"], { view: "table" });
  return (
    <RouteMessages route="agreements/list">
      <div className="flex flex-col gap-4">
        <ListHeader title={t("title")}>
          <nav aria-label={t("viewLabel")} className="flex rounded-md border p-0.5">
            <Link
              href={href({ view: undefined })}
              aria-current={filters.view === "table" ? "page" : undefined}
              className={cn(buttonVariants({ variant: filters.view === "table" ? "secondary" : "ghost", size: "sm" }))}
            >
              <Table2 aria-hidden className="size-4" />
              {t("views.table")}
            </Link>
            <Link
              href={href({ view: "board" })}
              aria-current={filters.view === "board" ? "page" : undefined}
              className={cn(buttonVariants({ variant: filters.view === "board" ? "secondary" : "ghost", size: "sm" }))}
            >
              <Columns3 aria-hidden className="size-4" />
              {t("views.board")}
            </Link>
          </nav>
          <ExportMenu list="agreements" query={exportQuery(raw)} />
          {abilities.create && <NewLink href="/agreements/new" label={t("new")} />}
        </ListHeader>
        <AgreementStatusCounts counts={counts} current={filters.status} hrefFor={(status) => href({ status })} />
        <AgreementFilters
          values={{ ...params, view: filters.view }}
          statuses={signingStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          types={agreementTypes.map((k) => ({ value: k, label: t(`types.${k}`) }))}
          countries={countries}
        />
        {filters.view === "board" ? <AgreementsBoard rows={rows} locale={locale} /> : <AgreementsTable rows={rows} locale={locale} />}
        <Pagination basePath="/agreements" params={params} page={page} pageCount={pageCount} total={total} />
      </div>
    </RouteMessages>
  );
}
