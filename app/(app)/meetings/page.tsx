import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { ExportMenu } from "@/components/exports/export-menu";
import { ImportLink } from "@/components/imports/import-link";
import { MeetingFilters } from "@/components/meetings/meeting-filters";
import { MeetingsTable } from "@/components/meetings/meetings-table";
import { Pagination } from "@/components/shell/pagination";
import { meetingKinds } from "@/db/schema";
import { listAbilities } from "@/lib/auth/abilities";
import { requirePermission } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";
import { fetchCountries, fetchEventsForFilter, fetchMeetingsPage } from "@/lib/meetings/queries";
import { meetingFiltersSchema } from "@/lib/meetings/schema";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { exportQuery, parseListFilters } from "@/lib/lists/search-params";

export async function generateMetadata() {
  return { title: (await getTranslations("meetings"))("title") };
}

export default async function MeetingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("read", "meeting");
  const abilities = listAbilities(user, "meeting");
  const raw = await searchParams;
  const filters = parseListFilters(meetingFiltersSchema, raw);
  const [t, tp, ti, locale] = [await getTranslations("meetings"), await getTranslations("pagination"), await getTranslations("imports"), await getLocale()];
  const lang = isLocale(locale) ? locale : "ar";
  const result = fetchMeetingsPage(user, filters);
  const collator = new Intl.Collator(lang);
  const countries = fetchCountries()
    .map((c) => ({ value: c.code, label: localizedName(c, lang, c.code) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  const events = fetchEventsForFilter(user).map((e) => ({ value: String(e.id), label: localizedName(e, lang) }));
  const params = {
    q: filters.q || undefined,
    country: filters.country,
    from: filters.from,
    to: filters.to,
    event: filters.event ? String(filters.event) : undefined,
    kind: filters.kind,
    validated: filters.validated,
  };
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <div className="flex flex-wrap items-center gap-2">
          <ExportMenu list="meetings" query={exportQuery(raw)} />
          {abilities.create && <ImportLink kind="meetings" label={ti("link")} />}
          {abilities.create && (
            <Link href="/meetings/new" className={buttonVariants()}>
              <Plus aria-hidden className="size-4" />
              {t("new")}
            </Link>
          )}
        </div>
      </div>
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
      <MeetingsTable rows={result.rows} locale={lang} />
      {result.capped && (
        <Alert role="status">
          <AlertDescription>{tp("capped", { cap: result.total })}</AlertDescription>
        </Alert>
      )}
      <Pagination basePath="/meetings" params={params} page={result.page} pageCount={result.pageCount} total={result.total} />
    </div>
  );
}
