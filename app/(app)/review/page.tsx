import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { BulkReview } from "@/components/reviews/bulk-review";
import { Pagination } from "@/components/shell/pagination";
import { requirePermission } from "@/lib/auth/session";
import { parseListFilters } from "@/lib/lists/search-params";
import { fetchBulkReview } from "@/lib/reviews/queries";
import { PageHeading } from "@/components/page-kit/page-heading";
import type { SearchPageProps } from "@/lib/pages/list";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";
import { RouteMessages } from "@/components/shell/route-messages";

export const generateMetadata = titleMetadata("reviews.bulk", "metaTitle");

const bulkReviewPageSchema = z.object({ page: z.coerce.number().int().min(1).max(100000).catch(1) });

/** A committee member reviews their committees' milestones in bulk, grouped by project and state, a page of projects at a time. */
export default async function BulkReviewPage({ searchParams }: SearchPageProps) {
  const user = await requirePermission("review", "milestone");
  const { page } = parseListFilters(bulkReviewPageSchema, await searchParams);
  const [t, tw, locale] = [await getTranslations("reviews.bulk"), await getTranslations("reviews.workspace"), await pageLocale()];
  const review = fetchBulkReview(user, locale, page);
  return (
    <RouteMessages route="reviews/bulk">
      <div className="flex flex-col gap-4">
        <PageHeading title={t("title")} intro={t("intro")} />
        {review.projects.length === 0 ? (
          <p className="rounded-lg border bg-card p-8 text-center text-muted-foreground">{tw("noCommittees")}</p>
        ) : (
          <>
            {/* Keyed by page: what was ticked on one page is not approved from another. */}
            <BulkReview key={review.page} projects={review.projects} />
            <Pagination basePath="/review" params={{}} page={review.page} pageCount={review.pageCount} total={review.total} />
          </>
        )}
      </div>
    </RouteMessages>
  );
}
