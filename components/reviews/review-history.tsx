import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { formatInstant } from "@/lib/dates/instant";
import { formatPartialDate } from "@/lib/dates/partial-date";
import type { Locale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";
import type { ReviewHistoryEntry } from "@/lib/reviews/queries";
import { ReviewDecisionBadge } from "./review-decision-badge";

/**
 * Reviews, newest first: the decision, who and when, the comment, and, when `showMilestone`, the
 * milestone and its project (linked to `projectHref`). A review made before the milestone's last
 * change is marked as such.
 */
export function ReviewHistory({
  reviews,
  locale,
  showMilestone,
  projectHref = (id) => `/projects/${id}`,
}: {
  reviews: ReviewHistoryEntry[];
  locale: Locale;
  showMilestone: boolean;
  projectHref?: (projectId: number) => string;
}) {
  const t = useTranslations("reviews");
  if (reviews.length === 0) return <p className="text-muted-foreground">{t("noReviews")}</p>;
  return (
    <ol className="flex flex-col gap-3" data-testid="review-history">
      {reviews.map((review) => (
        <li key={review.id} className="rounded-lg border bg-card p-3" data-testid={`review-${review.id}`}>
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
            <ReviewDecisionBadge decision={review.decision} />
            {showMilestone && (
              <>
                <Link href={projectHref(review.projectId)} className="font-medium text-primary hover:underline">
                  <bdi>
                    {review.projectAcronym ??
                      localizedName({ nameAr: review.projectTitleAr, nameFr: review.projectTitleFr, nameEn: review.projectTitleEn }, locale, `#${review.projectId}`)}
                  </bdi>
                </Link>
                <span aria-hidden>·</span>
                <bdi className="font-medium" dir="auto">
                  {review.activityTitle}
                </bdi>
                {review.plannedOn && <span className="text-muted-foreground">({formatPartialDate(review.plannedOn, locale)})</span>}
              </>
            )}
          </div>
          <p className="mt-1 text-sm text-muted-foreground">
            <bdi>{review.reviewerName}</bdi>
            {" · "}
            <time dateTime={review.createdAt}>{formatInstant(review.createdAt, locale)}</time>
            {review.superseded && ` · ${t("superseded")}`}
          </p>
          {review.comment && (
            <blockquote className="mt-2 border-s-4 ps-3 text-sm whitespace-pre-line" dir="auto">
              {review.comment}
            </blockquote>
          )}
        </li>
      ))}
    </ol>
  );
}
