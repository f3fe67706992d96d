import { getTranslations } from "next-intl/server";
import { AlertTriangle } from "@/components/ui/icons";
import { Badge } from "@/components/ui/badge";
import { formatPartialDate } from "@/lib/dates/partial-date";
import type { Locale } from "@/lib/i18n/config";
import { percentDone, type ProjectProgress } from "@/lib/projects/progress";

/**
 * A project's progress as computed on the server: a bar with the share of milestones done,
 * "n of m done", the number late, and the next milestone due.
 */
export async function ProgressSummary({
  progress,
  nextDue,
  locale,
  compact = false,
}: {
  progress: ProjectProgress;
  nextDue: { title: string; plannedOn: string | null } | null;
  locale: Locale;
  compact?: boolean;
}) {
  const t = await getTranslations("projects.progress");
  const percent = percentDone(progress);
  if (progress.total === 0) return <span className="text-sm text-muted-foreground">{t("noMilestones")}</span>;
  return (
    <div className="flex min-w-44 flex-col gap-1.5" data-testid="project-progress" data-done={progress.done} data-counted={progress.counted} data-late={progress.late}>
      <div className="flex items-center gap-2">
        <div
          role="progressbar"
          aria-label={t("label")}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent ?? 0}
          className="h-2 flex-1 overflow-hidden rounded-full bg-muted"
        >
          <div className="h-full rounded-full bg-success" style={{ width: `${percent ?? 0}%` }} />
        </div>
        <span className="text-sm font-medium tabular-nums">{percent === null ? "—" : t("percent", { percent })}</span>
      </div>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <span className="text-muted-foreground" data-testid="progress-done">
          {t("doneOf", { done: progress.done, counted: progress.counted })}
        </span>
        {progress.late > 0 && (
          <Badge variant="destructive" data-testid="progress-late">
            <AlertTriangle aria-hidden />
            {t("late", { count: progress.late })}
          </Badge>
        )}
      </div>
      {!compact || nextDue ? (
        <p className="text-xs text-muted-foreground" data-testid="progress-next">
          {nextDue ? (
            <>
              {t("next")}{" "}
              <span className="font-medium text-foreground" dir="auto">
                {nextDue.title}
              </span>
              {nextDue.plannedOn && ` · ${formatPartialDate(nextDue.plannedOn, locale)}`}
            </>
          ) : (
            t("noneDue")
          )}
        </p>
      ) : null}
    </div>
  );
}
