import { Link } from "@/components/ui/link";
import { LocalizedText } from "@/components/shell/localized-text";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { AttachmentsPanel } from "@/components/attachments/attachments-panel";
import { MilestoneAttachments } from "@/components/attachments/milestone-attachments";
import { StoredRecordHistory } from "@/components/shell/record-history";
import { ArchivedNotice, EditLink, SectionCard } from "@/components/shell/record-page";
import { ExportMenu } from "@/components/exports/export-menu";
import { ArchiveControls } from "@/components/projects/archive-controls";
import { MilestonesTable } from "@/components/milestones/milestones-table";
import { ProgressSummary } from "@/components/projects/project-progress";
import { ProjectOverview } from "@/components/projects/project-overview";
import { ProjectPartners } from "@/components/projects/project-partners";
import { ProjectRelated } from "@/components/projects/project-related";
import { ProjectTimeline } from "@/components/projects/project-timeline";
import { statusVariant } from "@/components/projects/projects-table";
import { ValidationPanel } from "@/components/record-validation/validation-panel";
import { MilestoneReviews } from "@/components/reviews/milestone-reviews";
import { fetchAttachmentPanel, fetchAttachmentPanels } from "@/lib/attachments/queries";
import { requirePermission, type SessionUser } from "@/lib/auth/session";
import { todayIn } from "@/lib/dates/partial-date";
import { pageLocale } from "@/lib/pages/locale";
import { foundOr404, recordIdParam, recordTitleMetadata, type RecordPageProps } from "@/lib/pages/record";
import { projectLabel } from "@/lib/projects/form-values";
import { fetchProjectPage } from "@/lib/projects/view";
import { RouteMessages } from "@/components/shell/route-messages";

/** The tab: the project's code and title ("Recoming — …"), read as the page reads it. */
export async function generateMetadata(props: RecordPageProps) {
  const [td, locale] = [await getTranslations("projects.detail"), await pageLocale()];
  const read = (user: SessionUser, id: number) => fetchProjectPage(user, id, todayIn(), locale, td("notDated"));
  return recordTitleMetadata("project", read, (view) => projectLabel(view.project, locale), "projects", "title")(props);
}

export default async function ProjectPage({ params }: RecordPageProps) {
  const user = await requirePermission("read", "project");
  const id = await recordIdParam(params);
  const [t, td, locale] = [await getTranslations("projects"), await getTranslations("projects.detail"), await pageLocale()];
  // Supervisors may open an archived project (to restore it); for anyone else it does not exist.
  const view = foundOr404(fetchProjectPage(user, id, todayIn(), locale, td("notDated")));
  const { project, abilities } = view;
  const attachments = fetchAttachmentPanel(user, "project", id);
  const milestoneAttachments = fetchAttachmentPanels(user, "milestone", view.milestoneRows.map((m) => m.id));
  const archived = project.archivedAt !== null;
  const programmeLink = project.programmeId && view.programme && (
    view.reads.programme ? (
      <Link href={`/programmes/${project.programmeId}`} className="hover:underline" data-testid="programme-link">
        {view.programme}
      </Link>
    ) : (
      <span>{view.programme}</span>
    )
  );

  return (
    <RouteMessages route="projects/record">
      <article className="flex flex-col gap-6">
        <header className="flex flex-wrap items-start justify-between gap-3">
          <div className="flex flex-col gap-1">
            <nav aria-label={td("breadcrumb")} className="flex flex-wrap gap-1 text-sm text-muted-foreground">
              <Link href="/projects" className="hover:underline">
                {t("title")}
              </Link>
              {programmeLink && <span aria-hidden>/</span>}
              {programmeLink}
            </nav>
            <h1 className="text-2xl font-bold">
              {project.acronym && <bdi>{project.acronym}</bdi>}
              {project.acronym && view.titleText && <span className="text-muted-foreground"> — </span>}
              <LocalizedText value={view.titleText} />
            </h1>
            <p className="flex flex-wrap items-center gap-2 text-muted-foreground">
              <Badge variant={statusVariant(project.status)}>{t(`statuses.${project.status}`)}</Badge>
              {view.country && <span>{view.country}</span>}
              {archived && <Badge variant="outline">{t("archived")}</Badge>}
            </p>
          </div>
          <div className="flex flex-wrap items-start gap-2">
            {abilities.update && <EditLink href={`/projects/${id}/edit`} label={t("edit")} />}
            {(abilities.archive || abilities.restore) && (
              <ArchiveControls kind="project" id={id} version={project.version} archived={archived} afterArchive="/projects" />
            )}
          </div>
        </header>

        <ValidationPanel mayValidate={abilities.validate} entityType="project" record={project} recordName={view.label} />

        {archived && <ArchivedNotice title={td("archivedNotice")} />}

        <section aria-labelledby="progress-heading" className="grid gap-4 rounded-xl border bg-card p-4 sm:grid-cols-[1fr_auto]">
          <div>
            <h2 id="progress-heading" className="mb-2 font-semibold">
              {td("progress")}
            </h2>
            <ProgressSummary progress={view.progress} nextDue={view.nextDue} locale={locale} />
          </div>
          <p className="max-w-xs text-xs text-muted-foreground">{td("progressHint")}</p>
        </section>

        <ProjectOverview view={view} locale={locale} />
        <ProjectPartners view={view} locale={locale} />

        <SectionCard title={td("timeline")}>
          {view.timeline ? (
            <ProjectTimeline timeline={view.timeline} locale={locale} places={view.timelinePlaces} />
          ) : (
            <p className="text-muted-foreground">{td("noTimeline")}</p>
          )}
        </SectionCard>

        <SectionCard title={td("milestones")} action={<ExportMenu list="milestones" query={`project=${id}`} />}>
          <MilestonesTable
            projectId={id}
            rows={view.milestoneRows}
            canCreate={abilities.createMilestones}
            canUpdate={abilities.updateMilestones}
            canOpenMeetings={view.reads.meeting}
            countries={view.milestoneChoices.countries}
            linksMeetings={view.milestoneChoices.linksMeetings}
          />
        </SectionCard>

        {attachments && <AttachmentsPanel view={attachments} className="rounded-xl border bg-card p-4" />}
        <MilestoneAttachments milestones={view.milestoneRows} panels={milestoneAttachments} />

        <MilestoneReviews reviewed={view.reviews} locale={locale} />
        <ProjectRelated view={view} />
        <StoredRecordHistory record={project} stored={view} locale={locale} />
      </article>
    </RouteMessages>
  );
}
