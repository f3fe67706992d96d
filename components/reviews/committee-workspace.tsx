import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ClipboardCheck, ListChecks } from "@/components/ui/icons";
import { SeeAllLink } from "@/components/shell/see-all-link";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatPartialDate, formatPartialDateRange } from "@/lib/dates/partial-date";
import type { Locale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";
import type { fetchCommitteeWorkspace } from "@/lib/reviews/queries";
import { LabelledSection } from "@/components/sections/labelled-section";

type Workspace = ReturnType<typeof fetchCommitteeWorkspace>;

/**
 * A steering-committee member's home: the projects whose committee they sit on, what waits for
 * their review, and the way to each project's review page. Both lists are capped
 * (lib/reviews/queries.ts): the projects end with a "see all" link to the projects list, the
 * waiting milestones with how many are shown of how many.
 */
export async function CommitteeWorkspace({ workspace, locale, name }: { workspace: Workspace; locale: Locale; name: string }) {
  const t = await getTranslations("reviews.workspace");
  const tp = await getTranslations("projects");
  const tb = await getTranslations("reviews.bulk");
  const waiting = workspace.awaitingTotal;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">
          {t.rich("welcome", { name, bdi: (chunks) => <bdi>{chunks}</bdi> })} {t("intro")}
        </p>
      </div>

      {workspace.projects.length > 0 && (
        <p>
          <Link href="/review" className={buttonVariants()} data-testid="open-bulk-review">
            <ListChecks aria-hidden className="size-4" />
            {tb("open")}
          </Link>
        </p>
      )}

      <p
        className="flex items-center gap-2 rounded-lg border border-warning bg-warning/15 px-4 py-3 font-medium data-[none=true]:border-border data-[none=true]:bg-card"
        data-none={waiting === 0}
        data-testid="awaiting-summary"
      >
        <ClipboardCheck aria-hidden className="size-5 shrink-0" />
        {t("awaitingSummary", { count: waiting })}
      </p>

      {workspace.projects.length === 0 ? (
        <p className="rounded-lg border bg-card p-8 text-center text-muted-foreground">{t("noCommittees")}</p>
      ) : (
        <LabelledSection id="committee-projects" title={t("projectsTitle")}>
          <ul className="grid gap-4 md:grid-cols-2">
            {workspace.projects.map((project) => {
              const title = localizedName({ nameAr: project.titleAr, nameFr: project.titleFr, nameEn: project.titleEn }, locale);
              const country = project.countryCode
                ? localizedName({ nameAr: project.countryNameAr, nameFr: project.countryNameFr, nameEn: project.countryNameEn }, locale, project.countryCode)
                : null;
              return (
                <li key={project.id}>
                  <Card className="h-full" data-testid={`committee-project-${project.id}`}>
                    <CardHeader>
                      <CardTitle className="flex flex-wrap items-center gap-2">
                        <h3 className="text-lg">
                          <bdi>{project.acronym ?? title}</bdi>
                        </h3>
                        {project.awaiting > 0 && <Badge variant="warning">{t("awaitingBadge", { count: project.awaiting })}</Badge>}
                      </CardTitle>
                      {project.acronym && title && (
                        <CardDescription className="line-clamp-3">
                          <bdi>{title}</bdi>
                        </CardDescription>
                      )}
                    </CardHeader>
                    <CardContent className="flex flex-col gap-3 text-sm">
                      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
                        <dt className="text-muted-foreground">{t("status")}</dt>
                        <dd>{tp(`statuses.${project.status}`)}</dd>
                        {country && (
                          <>
                            <dt className="text-muted-foreground">{t("country")}</dt>
                            <dd>{country}</dd>
                          </>
                        )}
                        {(project.plannedStart || project.plannedEnd) && (
                          <>
                            <dt className="text-muted-foreground">{t("period")}</dt>
                            <dd>{formatPartialDateRange(project.plannedStart, project.plannedEnd, locale)}</dd>
                          </>
                        )}
                        <dt className="text-muted-foreground">{t("milestones")}</dt>
                        <dd>{t("milestonesDone", { done: project.done, total: project.milestones })}</dd>
                      </dl>
                      <div className="flex flex-wrap gap-2">
                        <Link href={`/review/${project.id}`} className={buttonVariants({ size: "sm" })}>
                          {t("review")}
                        </Link>
                        <Link href={`/projects/${project.id}`} className={buttonVariants({ size: "sm", variant: "outline" })}>
                          {t("projectPage")}
                        </Link>
                      </div>
                    </CardContent>
                  </Card>
                </li>
              );
            })}
          </ul>
          <SeeAllLink href="/projects" total={workspace.projectTotal} shown={workspace.projects.length} />
        </LabelledSection>
      )}

      {waiting > 0 && (
        <LabelledSection id="awaiting-milestones" title={t("awaitingTitle")}>
          <ul className="divide-y rounded-lg border bg-card">
            {workspace.awaiting.map((milestone) => (
              <li key={milestone.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                <div className="min-w-0">
                  <Link href={`/review/${milestone.projectId}#milestone-${milestone.id}`} className="font-medium text-primary hover:underline">
                    <bdi dir="auto">{milestone.title}</bdi>
                  </Link>
                  <p className="text-sm text-muted-foreground">
                    <bdi>{milestone.projectAcronym ?? localizedName({ nameAr: milestone.projectTitleAr, nameFr: milestone.projectTitleFr, nameEn: milestone.projectTitleEn }, locale)}</bdi>
                    {milestone.plannedOn && ` · ${formatPartialDate(milestone.plannedOn, locale)}`}
                  </p>
                </div>
              </li>
            ))}
          </ul>
          {waiting > workspace.awaiting.length && (
            <p className="text-sm text-muted-foreground" data-testid="awaiting-shown">
              {t("awaitingShown", { shown: workspace.awaiting.length, total: waiting })}
            </p>
          )}
        </LabelledSection>
      )}
    </div>
  );
}
