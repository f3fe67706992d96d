"use client";

/**
 * A committee member's decision on one milestone marked done: approve, or request changes with a
 * comment (required for that decision, optional to approve). The server checks the permission,
 * the member's committees, the milestone's version and its latest review again (a decision taken
 * in a second tab, or sent twice, is refused as a conflict). A comment refused (missing for a
 * change request) takes focus back to the comment box; a decision taken is confirmed in the
 * page's status line (components/reviews/review-status.tsx), since this form leaves with its card.
 */
import { useId, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Check, MessageSquareWarning } from "@/components/ui/icons";
import { FormErrorAlert } from "@/components/forms/action-errors";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { reviewMilestone } from "@/lib/reviews/actions";
import type { MilestoneReviewDecision } from "@/lib/reviews/schema";
import { useReviewConfirmation } from "./review-status";

export function ReviewForm({
  activityId,
  version,
  latestReviewId,
  milestoneTitle,
}: {
  activityId: number;
  version: number;
  /** The milestone's latest review shown on the page (null if none), checked again by the server. */
  latestReviewId: number | null;
  milestoneTitle: string;
}) {
  const t = useTranslations("reviews.form");
  const te = useTranslations("errors");
  const router = useRouter();
  const commentId = useId();
  const commentBox = useRef<HTMLTextAreaElement>(null);
  const confirm = useReviewConfirmation();
  const [comment, setComment] = useState("");
  const [commentError, setCommentError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function decide(decision: MilestoneReviewDecision) {
    setError(null);
    setCommentError(null);
    startTransition(async () => {
      const result = await reviewMilestone({ activityId, version, latestReviewId, decision, comment });
      if (!result.ok) {
        const key = result.fieldErrors?.comment?.[0];
        if (key) {
          setCommentError(key);
          commentBox.current?.focus();
        } else setError(result.message);
        return;
      }
      confirm(t(decision === "approved" ? "confirmedApproved" : "confirmedChangesRequested", { title: milestoneTitle }));
      setComment("");
      router.refresh();
    });
  }

  const errorText = (key: string) => (te.has(key) ? te(key) : te("failed"));
  return (
    <div className="flex flex-col gap-3" role="group" aria-label={t("groupLabel", { title: milestoneTitle })}>
      <div className="grid gap-1.5">
        <Label htmlFor={commentId}>{t("comment")}</Label>
        <Textarea
          ref={commentBox}
          id={commentId}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          aria-invalid={!!commentError}
          aria-describedby={`${commentId}-hint${commentError ? ` ${commentId}-error` : ""}`}
          dir="auto"
          rows={2}
        />
        <p id={`${commentId}-hint`} className="text-xs text-muted-foreground">
          {t("commentHint")}
        </p>
        {commentError && (
          <p id={`${commentId}-error`} role="alert" className="text-sm font-medium text-destructive">
            {errorText(commentError)}
          </p>
        )}
      </div>
      <FormErrorAlert error={error} />
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => decide("approved")} disabled={pending}>
          <Check aria-hidden className="size-4" />
          {t("approve")}
        </Button>
        <Button variant="outline" onClick={() => decide("changes_requested")} disabled={pending}>
          <MessageSquareWarning aria-hidden className="size-4" />
          {t("requestChanges")}
        </Button>
      </div>
    </div>
  );
}
