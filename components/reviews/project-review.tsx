import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { TableCell, TableRow } from "@/components/ui/table";
import { ListTable } from "@/components/shell/record-page";
import { formatPartialDate } from "@/lib/dates/partial-date";
import type { Locale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";
import type { fetchProjectForReview } from "@/lib/reviews/queries";
import { ReviewDecisionBadge } from "./review-decision-badge";
import { ReviewForm } from "./review-form";
import { ReviewHistory } from "./review-history";
import { ReviewStatusProvider } from "./review-status";
import { LabelledSection } from "@/components/sections/labelled-section";

type ProjectReview = NonNullable<ReturnType<typeof fetchProjectForReview>>;

/**
 * A committee member's review page for one project: the done milestones that wait for their
 * decision (each with the review form), the other milestones, and every member's review history.
 */
export async function ProjectReview({ review, locale }: { review: ProjectReview; locale: Locale }) {
  const t = await getTranslations("reviews.page");
  const tp = await getTranslations("projects");
  const { project, milestones, history } = review;
  const title = localizedName({ nameAr: project.titleAr, nameFr: project.titleFr, nameEn: project.titleEn }, locale);
  const awaiting = milestones.filter((m) => m.awaiting);
  const others = milestones.filter((m) => !m.awaiting);
  return (
    <article className="flex flex-col gap-6">
      <header>
        <p className="text-sm text-muted-foreground">
          <Link href="/" className="hover:underline">
            {t("back")}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">
          {t("title", { project: project.acronym ?? title })}
        </h1>
        {project.acronym && title && (
          <p className="text-muted-foreground">
            <bdi>{title}</bdi>
          </p>
        )}
        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
          <Badge variant="secondary">{tp(`statuses.${project.status}`)}</Badge>
          <Link href={`/projects/${project.id}`} className="text-primary hover:underline">
            {t("projectPage")}
          </Link>
        </p>
      </header>

      <LabelledSection id="awaiting" title={t("awaitingTitle", { count: awaiting.length })}>
        <ReviewStatusProvider>
          {awaiting.length === 0 ? (
            <p className="rounded-lg border bg-card p-6 text-center text-muted-foreground">{t("nothingAwaiting")}</p>
          ) : (
            <ul className="flex flex-col gap-4">
              {awaiting.map((milestone) => (
                <li key={milestone.id} id={`milestone-${milestone.id}`} className="scroll-mt-4">
                  <Card className="gap-4 py-4" data-testid={`review-milestone-${milestone.id}`}>
                    <CardHeader className="px-4">
                      <CardTitle className="flex flex-wrap items-center gap-2">
                        <h3 className="text-base" dir="auto">
                          {milestone.title}
                        </h3>
                        <Badge variant="success">{tp(`activityStatuses.${milestone.status}`)}</Badge>
                        {milestone.myDecision && (
                          <span className="text-xs font-normal text-muted-foreground">
                            {t("reviewedBefore")} <ReviewDecisionBadge decision={milestone.myDecision} />
                          </span>
                        )}
                      </CardTitle>
                      <p className="text-sm text-muted-foreground">
                        {[
                          tp(`activityKinds.${milestone.kind}`),
                          milestone.plannedOn && t("planned", { date: formatPartialDate(milestone.plannedOn, locale) }),
                          milestone.actualOn && t("actual", { date: formatPartialDate(milestone.actualOn, locale) }),
                          milestone.city,
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                      </p>
                    </CardHeader>
                    <CardContent className="flex flex-col gap-3 px-4">
                      {milestone.notes && (
                        <p className="text-sm whitespace-pre-line" dir="auto">
                          {milestone.notes}
                        </p>
                      )}
                      <ReviewForm
                        activityId={milestone.id}
                        version={milestone.version}
                        latestReviewId={milestone.latestReviewId}
                        milestoneTitle={milestone.title}
                      />
                    </CardContent>
                  </Card>
                </li>
              ))}
            </ul>
          )}
        </ReviewStatusProvider>
      </LabelledSection>

      {others.length > 0 && (
        <LabelledSection id="others" title={t("othersTitle")}>
          <ListTable columns={[t("columns.milestone"), t("columns.date"), t("columns.status"), t("columns.myDecision")]}>
            {others.map((milestone) => (
              <TableRow key={milestone.id} data-testid={`other-milestone-${milestone.id}`}>
                <TableCell className="whitespace-normal" dir="auto">
                  {milestone.title}
                </TableCell>
                <TableCell>{formatPartialDate(milestone.actualOn ?? milestone.plannedOn, locale) || "—"}</TableCell>
                <TableCell>{tp(`activityStatuses.${milestone.status}`)}</TableCell>
                <TableCell>{milestone.myDecision ? <ReviewDecisionBadge decision={milestone.myDecision} /> : "—"}</TableCell>
              </TableRow>
            ))}
          </ListTable>
        </LabelledSection>
      )}

      <Card>
        <CardHeader>
          <CardTitle>
            <h2>{t("historyTitle")}</h2>
          </CardTitle>
        </CardHeader>
        <CardContent>
          <ReviewHistory reviews={history} locale={locale} showMilestone />
        </CardContent>
      </Card>
    </article>
  );
}
