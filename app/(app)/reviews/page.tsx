import { getTranslations } from "next-intl/server";
import { ReviewHistory } from "@/components/reviews/review-history";
import { milestoneReviewDecisions } from "@/db/enums";
import { requirePermission } from "@/lib/auth/session";
import { fetchRecentReviews, RECENT_REVIEWS_LIMIT } from "@/lib/reviews/queries";
import { reviewFiltersSchema } from "@/lib/reviews/schema";
import { FilterChips } from "@/components/page-kit/filter-chips";
import { PageHeading } from "@/components/page-kit/page-heading";
import { parseListFilters } from "@/lib/lists/search-params";
import { listLinks } from "@/lib/pages/list-url";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";
import type { SearchPageProps } from "@/lib/pages/list";

export const generateMetadata = titleMetadata("reviews.list", "title");

/**
 * Steering-committee reviews of milestones, newest first: every project for staff, supervisors
 * and admins; a committee member's own projects for them.
 */
export default async function ReviewsPage({ searchParams }: SearchPageProps) {
  const user = await requirePermission("read", "milestone");
  const filters = parseListFilters(reviewFiltersSchema, await searchParams);
  const [t, td, locale] = [await getTranslations("reviews.list"), await getTranslations("reviews.decisions"), await pageLocale()];
  const reviews = fetchRecentReviews(user, filters);
  const { href } = listLinks("/reviews", filters, ["decision", "project"]);
  return (
    <div className="flex flex-col gap-4">
      <PageHeading title={t("title")} intro={t("intro")} />
      <FilterChips
        label={t("filterLabel")}
        all={t("all")}
        choices={milestoneReviewDecisions.map((decision) => ({ value: decision, label: td(decision) }))}
        current={filters.decision}
        href={(decision) => href({ decision })}
      />
      <ReviewHistory reviews={reviews} locale={locale} showMilestone />
      {reviews.length === RECENT_REVIEWS_LIMIT && <p className="text-sm text-muted-foreground">{t("limited", { count: RECENT_REVIEWS_LIMIT })}</p>}
    </div>
  );
}
