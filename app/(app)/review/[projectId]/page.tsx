import { ProjectReview } from "@/components/reviews/project-review";
import { requirePermission } from "@/lib/auth/session";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";
import { foundOr404, recordIdParam } from "@/lib/pages/record";
import { fetchProjectForReview } from "@/lib/reviews/queries";
import { RouteMessages } from "@/components/shell/route-messages";

export const generateMetadata = titleMetadata("reviews.page", "metaTitle");

/** A committee member reviews one project's milestones; any other project is not found. */
export default async function ReviewProjectPage({ params }: { params: Promise<{ projectId: string }> }) {
  const user = await requirePermission("review", "milestone");
  const review = foundOr404(fetchProjectForReview(user, await recordIdParam(params, "projectId")));
  return (
    <RouteMessages route="reviews/project">
      <ProjectReview review={review} locale={await pageLocale()} />
    </RouteMessages>
  );
}
