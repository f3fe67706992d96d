"use client";

/**
 * A committee member's bulk review: every project of their steering committees, its milestones
 * grouped by state (waiting for them, reviewed, not done yet; the last two collapsed). Waiting
 * milestones are ticked and approved together with one optional comment (approveMilestones: all
 * or none), or sent back one at a time with a required comment (reviewMilestone). The server
 * checks each milestone's version and latest review: a decision from a stale tab is refused as a
 * conflict and the page then shows the current state.
 */
import { useState, useTransition } from "react";
import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Check, MessageSquareWarning } from "@/components/ui/icons";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { approveMilestones, reviewMilestone } from "@/lib/reviews/actions";
import type { BulkReviewMilestone, BulkReviewProject } from "@/lib/reviews/queries";
import { ReviewDecisionBadge } from "./review-decision-badge";

type SendBack = { id: number; comment: string; error: string | null };

export function BulkReview({ projects }: { projects: BulkReviewProject[] }) {
  const t = useTranslations("reviews.bulk");
  const te = useTranslations("errors");
  const router = useRouter();
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [comment, setComment] = useState("");
  const [sendBack, setSendBack] = useState<SendBack | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const awaiting = new Map(projects.flatMap((p) => p.groups.awaiting.map((m) => [m.id, m] as const)));
  // Only what still waits counts: after a refresh, milestones decided elsewhere drop out.
  const selected = [...chosen].filter((id) => awaiting.has(id)).map((id) => awaiting.get(id)!);
  const errorText = (key: string) => (key === "conflict" ? t("conflict") : te.has(key) ? te(key) : te("failed"));

  function toggle(ids: number[], on: boolean) {
    setChosen((previous) => {
      const next = new Set(previous);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }

  function approveSelected() {
    setError(null);
    setNotice(null);
    const milestones = selected.map((m) => ({ activityId: m.id, version: m.version, latestReviewId: m.latestReviewId }));
    startTransition(async () => {
      const result = await approveMilestones({ milestones, comment });
      if (result.ok) {
        setNotice(t("approved", { count: result.data.ids.length }));
        setChosen(new Set());
        setComment("");
      } else {
        setError(result.message);
      }
      router.refresh();
    });
  }

  function confirmSendBack(milestone: BulkReviewMilestone) {
    if (!sendBack) return;
    if (!sendBack.comment.trim()) {
      setSendBack({ ...sendBack, error: "commentRequired" });
      return;
    }
    setError(null);
    setNotice(null);
    startTransition(async () => {
      const result = await reviewMilestone({
        activityId: milestone.id,
        version: milestone.version,
        latestReviewId: milestone.latestReviewId,
        decision: "changes_requested",
        comment: sendBack.comment,
      });
      if (result.ok) {
        setSendBack(null);
        setNotice(t("sentBack", { title: milestone.title }));
      } else if (result.fieldErrors?.comment?.[0]) {
        setSendBack({ ...sendBack, error: result.fieldErrors.comment[0] });
      } else {
        setSendBack(null);
        setError(result.message);
      }
      router.refresh();
    });
  }

  return (
    <div className="flex flex-col gap-6">
      {projects.map((project) => {
        const waitingIds = project.groups.awaiting.map((m) => m.id);
        const ticked = waitingIds.filter((id) => chosen.has(id)).length;
        const name = project.acronym ?? project.title;
        return (
          <section key={project.id} aria-labelledby={`bulk-project-${project.id}-title`} className="flex flex-col gap-3 rounded-xl border bg-card p-4" data-testid={`bulk-project-${project.id}`}>
            <header className="flex flex-wrap items-baseline justify-between gap-2">
              <div className="min-w-0">
                <h2 id={`bulk-project-${project.id}-title`} className="text-lg font-semibold">
                  <bdi>{name}</bdi>
                </h2>
                {project.acronym && project.title && (
                  <p className="line-clamp-2 text-sm text-muted-foreground">
                    <bdi>{project.title}</bdi>
                  </p>
                )}
              </div>
              <Link href={`/projects/${project.id}`} className="text-sm text-primary hover:underline">
                {t("projectPage")}
              </Link>
            </header>

            <div className="flex flex-col gap-2">
              <div className="flex items-center gap-2">
                {waitingIds.length > 0 && (
                  <Checkbox
                    checked={ticked === 0 ? false : ticked === waitingIds.length ? true : "indeterminate"}
                    onCheckedChange={(value) => toggle(waitingIds, value === true)}
                    aria-label={t("selectAll", { project: name })}
                    disabled={pending}
                  />
                )}
                <h3 className="font-semibold">{t("awaiting", { count: waitingIds.length })}</h3>
              </div>
              {waitingIds.length === 0 ? (
                <p className="text-sm text-muted-foreground">{t("nothingAwaiting")}</p>
              ) : (
                <ul className="flex flex-col divide-y rounded-lg border">
                  {project.groups.awaiting.map((milestone) => (
                    <li key={milestone.id} className="flex flex-col gap-2 px-3 py-2" data-testid={`bulk-awaiting-${milestone.id}`}>
                      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                        <Checkbox
                          id={`bulk-select-${milestone.id}`}
                          checked={chosen.has(milestone.id)}
                          onCheckedChange={(value) => toggle([milestone.id], value === true)}
                          aria-label={t("select", { title: milestone.title })}
                          disabled={pending}
                        />
                        <label htmlFor={`bulk-select-${milestone.id}`} className="min-w-0 flex-1 cursor-pointer">
                          <span className="font-medium" dir="auto">
                            {milestone.title}
                          </span>
                          <MilestoneDates milestone={milestone} />
                        </label>
                        {milestone.myDecision && <ReviewDecisionBadge decision={milestone.myDecision} />}
                        <Button
                          variant="outline"
                          size="sm"
                          onClick={() => setSendBack(sendBack?.id === milestone.id ? null : { id: milestone.id, comment: "", error: null })}
                          aria-expanded={sendBack?.id === milestone.id}
                          aria-label={t("sendBackLabel", { title: milestone.title })}
                          disabled={pending}
                        >
                          <MessageSquareWarning aria-hidden className="size-4" />
                          {t("sendBack")}
                        </Button>
                      </div>
                      {sendBack?.id === milestone.id && (
                        <div className="flex flex-col gap-2 ps-7">
                          <Label htmlFor={`send-back-${milestone.id}`}>{t("sendBackComment")}</Label>
                          <Textarea
                            id={`send-back-${milestone.id}`}
                            value={sendBack.comment}
                            onChange={(event) => setSendBack({ ...sendBack, comment: event.target.value, error: null })}
                            aria-invalid={!!sendBack.error}
                            aria-describedby={sendBack.error ? `send-back-${milestone.id}-error` : undefined}
                            dir="auto"
                            rows={2}
                          />
                          {sendBack.error && (
                            <p id={`send-back-${milestone.id}-error`} role="alert" className="text-sm font-medium text-destructive">
                              {errorText(sendBack.error)}
                            </p>
                          )}
                          <div className="flex flex-wrap gap-2">
                            <Button size="sm" variant="destructive" onClick={() => confirmSendBack(milestone)} disabled={pending}>
                              {t("confirmSendBack")}
                            </Button>
                            <Button size="sm" variant="ghost" onClick={() => setSendBack(null)} disabled={pending}>
                              {t("cancel")}
                            </Button>
                          </div>
                        </div>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </div>

            <CollapsedGroup title={t("reviewed", { count: project.groups.reviewed.length })} milestones={project.groups.reviewed} testId="bulk-reviewed" />
            <CollapsedGroup title={t("notDone", { count: project.groups.notDone.length })} milestones={project.groups.notDone} testId="bulk-not-done" />
          </section>
        );
      })}

      {/* In a row from sm, wrapping: the error and the notice (basis-full) take a line of their own
          instead of sharing the row with the comment box and squeezing it to a sliver; the box
          keeps 16rem at least, and goes above the button when the row cannot hold both. */}
      <div className="sticky bottom-0 z-10 flex flex-col gap-2 rounded-xl border bg-card p-3 shadow-lg sm:flex-row sm:flex-wrap sm:items-end" data-testid="bulk-approval-bar">
        <div className="grid flex-1 gap-1 sm:min-w-64">
          <Label htmlFor="bulk-comment">{t("comment")}</Label>
          <Textarea id="bulk-comment" value={comment} onChange={(event) => setComment(event.target.value)} dir="auto" rows={1} className="min-h-9" />
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-muted-foreground" aria-live="polite">
            {t("selected", { count: selected.length })}
          </span>
          <Button onClick={approveSelected} disabled={pending || selected.length === 0}>
            <Check aria-hidden className="size-4" />
            {t("approveSelected", { count: selected.length })}
          </Button>
        </div>
        {error && (
          <p role="alert" className="text-sm font-medium text-destructive sm:basis-full">
            {errorText(error)}
          </p>
        )}
        {notice && (
          <p role="status" className="text-sm text-success sm:basis-full">
            {notice}
          </p>
        )}
      </div>
    </div>
  );
}

function MilestoneDates({ milestone }: { milestone: BulkReviewMilestone }) {
  const tPage = useTranslations("reviews.page");
  const dates = [milestone.plannedLabel && tPage("planned", { date: milestone.plannedLabel }), milestone.actualLabel && tPage("actual", { date: milestone.actualLabel })].filter(Boolean);
  if (dates.length === 0) return null;
  return <span className="block text-xs text-muted-foreground">{dates.join(" · ")}</span>;
}

/** A group shown on demand: the member's decisions, or milestones not done yet. */
function CollapsedGroup({ title, milestones, testId }: { title: string; milestones: BulkReviewMilestone[]; testId: string }) {
  const tp = useTranslations("projects");
  if (milestones.length === 0) return null;
  return (
    <details className="group rounded-lg border">
      <summary className="cursor-pointer px-3 py-2 font-semibold">{title}</summary>
      <ul className="flex flex-col divide-y border-t">
        {milestones.map((milestone) => (
          <li key={milestone.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2" data-testid={`${testId}-${milestone.id}`}>
            <span className="min-w-0 flex-1">
              <span dir="auto">{milestone.title}</span>
              <MilestoneDates milestone={milestone} />
            </span>
            {milestone.myDecision ? <ReviewDecisionBadge decision={milestone.myDecision} /> : <Badge variant="secondary">{tp(`activityStatuses.${milestone.status}`)}</Badge>}
          </li>
        ))}
      </ul>
    </details>
  );
}
