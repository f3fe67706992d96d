import { getTranslations } from "next-intl/server";
import { ExportMenu } from "@/components/exports/export-menu";
import { ImportLink } from "@/components/imports/import-link";
import { MeetingFilters } from "@/components/meetings/meeting-filters";
import { MeetingsTable } from "@/components/meetings/meetings-table";
import { Pagination } from "@/components/shell/pagination";
import { ListHeader, NewLink } from "@/components/shell/record-page";
import { meetingKinds } from "@/db/enums";
import { localizedName } from "@/lib/i18n/localized";
import { fetchEventsForFilter, fetchMeetingsPage } from "@/lib/meetings/queries";
import { fetchCountryChoices } from "@/lib/countries/reference";
import { meetingFiltersSchema } from "@/lib/meetings/schema";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { exportQuery } from "@/lib/lists/search-params";
import { listForPage, type SearchPageProps } from "@/lib/pages/list";
import { listLinks } from "@/lib/pages/list-url";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";
import { RouteMessages } from "@/components/shell/route-messages";

export const generateMetadata = titleMetadata("meetings", "title");

export default async function MeetingsPage({ searchParams }: SearchPageProps) {
  const { user, abilities, raw, filters } = await listForPage(searchParams, "meeting", meetingFiltersSchema);
  const [t, tp, ti, locale] = [await getTranslations("meetings"), await getTranslations("pagination"), await getTranslations("imports"), await pageLocale()];
  const result = fetchMeetingsPage(user, filters);
  const countries = fetchCountryChoices(locale);
  const events = fetchEventsForFilter(user).map((e) => ({ value: String(e.id), label: localizedName(e, locale) }));
  const { params } = listLinks("/meetings", filters, ["q", "country", "from", "to", "event", "kind", "validated"]);
  // Pages keep the person and organisation of a record page's "see all" too (the filter form has no field for them).
  const pageParams = { ...params, person: filters.person ? String(filters.person) : undefined, organisation: filters.organisation ? String(filters.organisation) : undefined };
  return (
    <RouteMessages route="meetings/list">
      <div className="flex flex-col gap-4">
        <ListHeader title={t("title")}>
          <ExportMenu list="meetings" query={exportQuery(raw)} />
          {abilities.create && <ImportLink kind="meetings" label={ti("link")} />}
          {abilities.create && <NewLink href="/meetings/new" label={t("new")} />}
        </ListHeader>
        <MeetingFilters
          values={params}
          countries={countries}
          events={events}
          kinds={meetingKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
        {filters.from && filters.to && filters.from > filters.to && (
          <Alert variant="warning" role="status">
            <AlertDescription>{t("filters.reversedRange")}</AlertDescription>
          </Alert>
        )}
        <MeetingsTable rows={result.rows} locale={locale} />
        {result.capped && (
          <Alert role="status">
            <AlertDescription>{tp("capped", { cap: result.total })}</AlertDescription>
          </Alert>
        )}
        <Pagination basePath="/meetings" params={pageParams} page={result.page} pageCount={result.pageCount} total={result.total} capped={result.capped} />
      </div>
    </RouteMessages>
  );
}
