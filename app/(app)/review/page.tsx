import { getTranslations } from "next-intl/server";
import { BulkReview } from "@/components/reviews/bulk-review";
import { requirePermission } from "@/lib/auth/session";
import { fetchBulkReview } from "@/lib/reviews/queries";
import { PageHeading } from "@/components/page-kit/page-heading";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";
import { RouteMessages } from "@/components/shell/route-messages";

export const generateMetadata = titleMetadata("reviews.bulk", "metaTitle");

/** A committee member reviews their committees' milestones in bulk, grouped by project and state. */
export default async function BulkReviewPage() {
  const user = await requirePermission("review", "milestone");
  const [t, tw, locale] = [await getTranslations("reviews.bulk"), await getTranslations("reviews.workspace"), await pageLocale()];
  const projects = fetchBulkReview(user, locale);
  return (
    <RouteMessages route="reviews/bulk">
      <div className="flex flex-col gap-4">
        <PageHeading title={t("title")} intro={t("intro")} />
        {projects.length === 0 ? <p className="rounded-lg border bg-card p-8 text-center text-muted-foreground">{tw("noCommittees")}</p> : <BulkReview projects={projects} />}
      </div>
    </RouteMessages>
  );
}
