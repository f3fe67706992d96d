import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ProjectReview } from "@/components/reviews/project-review";
import { requirePermission } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { fetchProjectForReview } from "@/lib/reviews/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("reviews.page"))("metaTitle") };
}

/** A committee member reviews one project's milestones; any other project is not found. */
export default async function ReviewProjectPage({ params }: { params: Promise<{ projectId: string }> }) {
  const user = await requirePermission("review", "milestone");
  const projectId = Number((await params).projectId);
  if (!Number.isSafeInteger(projectId) || projectId < 1) notFound();
  const review = fetchProjectForReview(user, projectId);
  if (!review) notFound();
  const current = await getLocale();
  return <ProjectReview review={review} locale={isLocale(current) ? current : "ar"} />;
}
