import { getLocale, getTranslations } from "next-intl/server";
import { BulkReview } from "@/components/reviews/bulk-review";
import { requirePermission } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { fetchBulkReview } from "@/lib/reviews/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("reviews.bulk"))("metaTitle") };
}

/** A committee member reviews their committees' milestones in bulk, grouped by project and state. */
export default async function BulkReviewPage() {
  const user = await requirePermission("review", "milestone");
  const [t, tw, current] = [await getTranslations("reviews.bulk"), await getTranslations("reviews.workspace"), await getLocale()];
  const projects = fetchBulkReview(user, isLocale(current) ? current : "ar");
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>
      {projects.length === 0 ? <p className="rounded-lg border bg-card p-8 text-center text-muted-foreground">{tw("noCommittees")}</p> : <BulkReview projects={projects} />}
    </div>
  );
}
