import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { formatPartialDate } from "@/lib/dates/partial-date";
import type { Locale } from "@/lib/i18n/config";
import type { fetchMilestoneReviews } from "@/lib/reviews/queries";
import { ReviewDecisionBadge } from "./review-decision-badge";
import { ReviewHistory } from "./review-history";

/**
 * The steering committee's reviews of one project's milestones, for the project page: per
 * reviewed milestone, the latest decision and comment, and the earlier reviews behind a
 * disclosure. Renders nothing when `reviewed` is null (the user may not read them).
 *
 * Usage: `<MilestoneReviews reviewed={view.reviews} locale={locale} />` (lib/projects/view.ts)
 */
export async function MilestoneReviews({ reviewed, locale }: { reviewed: ReturnType<typeof fetchMilestoneReviews> | null; locale: Locale }) {
  if (!reviewed) return null;
  const t = await getTranslations("reviews");
  return (
    <Card data-testid="milestone-reviews">
      <CardHeader>
        <CardTitle>
          <h2>{t("projectSectionTitle")}</h2>
        </CardTitle>
      </CardHeader>
      <CardContent>
        {reviewed.length === 0 ? (
          <p className="text-muted-foreground">{t("noReviews")}</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {reviewed.map((milestone) => {
              const [latest, ...earlier] = milestone.reviews;
              return (
                <li key={milestone.activityId} className="flex flex-col gap-2 border-b pb-4 last:border-b-0 last:pb-0" data-testid={`milestone-review-${milestone.activityId}`}>
                  <div className="flex flex-wrap items-center gap-2">
                    <bdi className="font-medium" dir="auto">
                      {milestone.title}
                    </bdi>
                    {milestone.plannedOn && <span className="text-sm text-muted-foreground">{formatPartialDate(milestone.plannedOn, locale)}</span>}
                    {latest && <ReviewDecisionBadge decision={latest.decision} />}
                  </div>
                  {latest && <ReviewHistory reviews={[latest]} locale={locale} showMilestone={false} />}
                  {earlier.length > 0 && (
                    <details>
                      <summary className="cursor-pointer text-sm text-primary">{t("earlierReviews", { count: earlier.length })}</summary>
                      <div className="mt-2">
                        <ReviewHistory reviews={earlier} locale={locale} showMilestone={false} />
                      </div>
                    </details>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
