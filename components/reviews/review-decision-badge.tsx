import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { MilestoneReviewDecision } from "@/lib/reviews/schema";

/** A steering-committee member's decision on a milestone: approved, or changes requested. */
export function ReviewDecisionBadge({ decision }: { decision: MilestoneReviewDecision }) {
  const t = useTranslations("reviews.decisions");
  return (
    <Badge variant={decision === "approved" ? "success" : "destructive"} data-testid="review-decision">
      {t(decision)}
    </Badge>
  );
}
