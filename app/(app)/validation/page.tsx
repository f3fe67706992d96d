import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ValidationQueueTable } from "@/components/record-validation/validation-queue-table";
import { requireUser } from "@/lib/auth/session";
import { Pagination } from "@/components/shell/pagination";
import { countAwaitingValidation, fetchValidatableTypes, fetchValidationQueue } from "@/lib/record-validation/queries";
import { validationQueueFiltersSchema } from "@/lib/record-validation/schema";
import { FilterChip } from "@/components/shell/filter-chip";
import { PageHeading } from "@/components/page-kit/page-heading";
import { parseListFilters } from "@/lib/lists/search-params";
import { listLinks } from "@/lib/pages/list-url";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";
import type { SearchPageProps } from "@/lib/pages/list";

export const generateMetadata = titleMetadata("validation", "title");

/** The supervisors' queue of what staff created or changed, waiting for validation. */
export default async function ValidationQueuePage({ searchParams }: SearchPageProps) {
  const user = await requireUser();
  const types = fetchValidatableTypes(user);
  if (types.length === 0) notFound();
  const filters = parseListFilters(validationQueueFiltersSchema, await searchParams);
  const [t, locale] = [await getTranslations("validation"), await pageLocale()];
  const queue = fetchValidationQueue(user, filters);
  const counts = countAwaitingValidation(user);
  const waitingTotal = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const { params, href } = listLinks("/validation", filters, ["status", "type"], { status: "waiting" });
  return (
    <div className="flex flex-col gap-4">
      <PageHeading title={t("title")} intro={t("intro")} />
      <nav aria-label={t("statusFilter")} className="flex flex-wrap gap-2">
        <FilterChip href={href({ status: "waiting" })} active={filters.status === "waiting"}>
          {t("tabs.waiting", { count: waitingTotal })}
        </FilterChip>
        <FilterChip href={href({ status: "sent_back" })} active={filters.status === "sent_back"}>
          {t("tabs.sentBack")}
        </FilterChip>
      </nav>
      <nav aria-label={t("typeFilter")} className="flex flex-wrap gap-2">
        <FilterChip href={href({ type: undefined })} active={!filters.type}>
          {t("allTypes")}
        </FilterChip>
        {types.map((type) => (
          <FilterChip key={type} href={href({ type })} active={filters.type === type}>
            {t(`typesPlural.${type}`)}
            {filters.status === "waiting" && ` (${counts[type] ?? 0})`}
          </FilterChip>
        ))}
      </nav>
      <ValidationQueueTable rows={queue.rows} locale={locale} withActions={filters.status === "waiting"} />
      <Pagination basePath="/validation" params={params} page={queue.page} pageCount={queue.pageCount} total={queue.total} />
    </div>
  );
}
