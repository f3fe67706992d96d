import { getLocale, getTranslations } from "next-intl/server";
import { ReviewHistory } from "@/components/reviews/review-history";
import { milestoneReviewDecisions } from "@/db/schema";
import { requirePermission } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { fetchRecentReviews, RECENT_REVIEWS_LIMIT } from "@/lib/reviews/queries";
import { reviewFiltersSchema } from "@/lib/reviews/schema";
import { FilterChip } from "@/components/shell/filter-chip";

export async function generateMetadata() {
  return { title: (await getTranslations("reviews.list"))("title") };
}

/**
 * Steering-committee reviews of milestones, newest first: every project for staff, supervisors
 * and admins; a committee member's own projects for them.
 */
export default async function ReviewsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("read", "milestone");
  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const filters = reviewFiltersSchema.parse({ decision: first(raw.decision), project: first(raw.project) });
  const [t, td, current] = [await getTranslations("reviews.list"), await getTranslations("reviews.decisions"), await getLocale()];
  const locale = isLocale(current) ? current : "ar";
  const reviews = fetchRecentReviews(user, filters);
  const href = (decision?: string) => {
    const params = new URLSearchParams();
    if (decision) params.set("decision", decision);
    if (filters.project) params.set("project", String(filters.project));
    const query = params.toString();
    return query ? `/reviews?${query}` : "/reviews";
  };
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>
      <nav aria-label={t("filterLabel")} className="flex flex-wrap gap-2">
        <FilterChip href={href()} active={!filters.decision}>
          {t("all")}
        </FilterChip>
        {milestoneReviewDecisions.map((decision) => (
          <FilterChip key={decision} href={href(decision)} active={filters.decision === decision}>
            {td(decision)}
          </FilterChip>
        ))}
      </nav>
      <ReviewHistory reviews={reviews} locale={locale} showMilestone />
      {reviews.length === RECENT_REVIEWS_LIMIT && <p className="text-sm text-muted-foreground">{t("limited", { count: RECENT_REVIEWS_LIMIT })}</p>}
    </div>
  );
}
