import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ValidationQueueTable } from "@/components/record-validation/validation-queue-table";
import { requireUser } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { Pagination } from "@/components/shell/pagination";
import { countAwaitingValidation, fetchValidatableTypes, fetchValidationQueue } from "@/lib/record-validation/queries";
import {
  validationQueueFiltersSchema,
  type ValidationEntityType,
} from "@/lib/record-validation/schema";
import { FilterChip } from "@/components/shell/filter-chip";

export async function generateMetadata() {
  return { title: (await getTranslations("validation"))("title") };
}

/** The supervisors' queue of what staff created or changed, waiting for validation. */
export default async function ValidationQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const types = fetchValidatableTypes(user);
  if (types.length === 0) notFound();
  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const filters = validationQueueFiltersSchema.parse({ type: first(raw.type), status: first(raw.status), page: first(raw.page) });
  const [t, current] = [await getTranslations("validation"), await getLocale()];
  const locale = isLocale(current) ? current : "ar";
  const queue = fetchValidationQueue(user, filters);
  const counts = countAwaitingValidation(user);
  const waitingTotal = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const href = (next: { type?: ValidationEntityType; status?: "waiting" | "sent_back" }) => {
    const params = new URLSearchParams();
    const status = next.status ?? filters.status;
    if (status !== "waiting") params.set("status", status);
    const type = "type" in next ? next.type : filters.type;
    if (type) params.set("type", type);
    const query = params.toString();
    return query ? `/validation?${query}` : "/validation";
  };
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>
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
      <Pagination
        basePath="/validation"
        params={{ type: filters.type, status: filters.status === "waiting" ? undefined : filters.status }}
        page={queue.page}
        pageCount={queue.pageCount}
        total={queue.total}
      />
    </div>
  );
}
