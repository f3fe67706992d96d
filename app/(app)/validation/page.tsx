import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ValidationQueueTable } from "@/components/record-validation/validation-queue-table";
import { requireUser } from "@/lib/auth/session";
import { Pagination } from "@/components/shell/pagination";
import { countAwaitingValidation, fetchValidatableTypes, fetchValidationQueue } from "@/lib/record-validation/queries";
import { validationQueueFiltersSchema } from "@/lib/record-validation/schema";
import { FilterChips } from "@/components/page-kit/filter-chips";
import { PageHeading } from "@/components/page-kit/page-heading";
import { parseListFilters } from "@/lib/lists/search-params";
import { listLinks } from "@/lib/pages/list-url";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";
import type { SearchPageProps } from "@/lib/pages/list";
import { RouteMessages } from "@/components/shell/route-messages";

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
    <RouteMessages route="validation">
      <div className="flex flex-col gap-4">
        <PageHeading title={t("title")} intro={t("intro")} />
        <FilterChips
          label={t("statusFilter")}
          choices={[
            { value: "waiting", label: t("tabs.waiting", { count: waitingTotal }) },
            { value: "sent_back", label: t("tabs.sentBack") },
          ]}
          current={filters.status}
          href={(status) => href({ status })}
        />
        <FilterChips
          label={t("typeFilter")}
          all={t("allTypes")}
          choices={types.map((type) => ({
            value: type,
            label: filters.status === "waiting" ? `${t(`typesPlural.${type}`)} (${counts[type] ?? 0})` : t(`typesPlural.${type}`),
          }))}
          current={filters.type}
          href={(type) => href({ type })}
        />
        <ValidationQueueTable rows={queue.rows} locale={locale} withActions={filters.status === "waiting"} />
        <Pagination basePath="/validation" params={params} page={queue.page} pageCount={queue.pageCount} total={queue.total} />
      </div>
    </RouteMessages>
  );
}
