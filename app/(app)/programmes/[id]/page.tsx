import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Plus } from "@/components/ui/icons";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { StoredRecordHistory } from "@/components/shell/record-history";
import { ArchivedNotice, EditLink, RecordHeader, SectionCard } from "@/components/shell/record-page";
import { ArchiveControls } from "@/components/projects/archive-controls";
import { ProjectsTable } from "@/components/projects/projects-table";
import { formatPartialDateRange, todayIn } from "@/lib/dates/partial-date";
import { localizedName } from "@/lib/i18n/localized";
import { organisationLabel } from "@/lib/organisations/display";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";
import { recordForPage, type RecordPageProps } from "@/lib/pages/record";
import { fetchProgramme } from "@/lib/programmes/queries";
import { fetchProjectsPage, PROJECTS_PAGE_SIZE } from "@/lib/projects/queries";
import { projectFiltersSchema } from "@/lib/projects/schema";
import { RouteMessages } from "@/components/shell/route-messages";

export const generateMetadata = titleMetadata("programmes", "detail");

/** A programme and its projects (as the user may see them), with their progress. */
export default async function ProgrammePage({ params }: RecordPageProps) {
  const { user, id, record: stored } = await recordForPage(params, "read", "programme", (user, id) => fetchProgramme(user, id, { includeArchived: true }));
  const [t, locale] = [await getTranslations("programmes"), await pageLocale()];
  const { programme } = stored;
  const archived = programme.archivedAt !== null;
  const projects = fetchProjectsPage(user, projectFiltersSchema.parse({ programme: String(id) }), todayIn());
  const name = localizedName(programme, locale, programme.acronym ?? `#${id}`);
  const funder = stored.funderNameAr || stored.funderNameFr || stored.funderNameEn || stored.funderAcronym
    ? organisationLabel({ nameAr: stored.funderNameAr, nameFr: stored.funderNameFr, nameEn: stored.funderNameEn, acronym: stored.funderAcronym }, locale)
    : null;
  return (
    <RouteMessages route="programmes/record">
      <article className="flex flex-col gap-6">
        <RecordHeader
          back={{ href: "/programmes", label: t("title") }}
          actions={
            <>
              {stored.abilities.createProject && (
                <Link href={`/projects/new?programme=${id}`} className={buttonVariants({ variant: "outline" })}>
                  <Plus aria-hidden className="size-4" />
                  {t("newProject")}
                </Link>
              )}
              {stored.abilities.update && <EditLink href={`/programmes/${id}/edit`} label={t("edit")} />}
              {(stored.abilities.archive || stored.abilities.restore) && (
                <ArchiveControls kind="programme" id={id} version={programme.version} archived={archived} afterArchive="/programmes" />
              )}
            </>
          }
        >
          <h1 className="text-2xl font-bold">
            <bdi>{name}</bdi>
          </h1>
          {archived && <Badge variant="outline">{t("archived")}</Badge>}
        </RecordHeader>
        {archived && <ArchivedNotice title={t("archivedNotice")} />}
        <SectionCard title={t("overview")}>
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium">{t("columns.country")}</dt>
            <dd>{programme.countryCode ? localizedName({ nameAr: stored.countryNameAr, nameFr: stored.countryNameFr, nameEn: stored.countryNameEn }, locale, programme.countryCode) : "—"}</dd>
            <dt className="font-medium">{t("columns.period")}</dt>
            <dd>{formatPartialDateRange(programme.plannedStart, programme.plannedEnd, locale) || "—"}</dd>
            <dt className="font-medium">{t("funder")}</dt>
            <dd>{funder ? <bdi>{funder}</bdi> : "—"}</dd>
          </dl>
        </SectionCard>
        <section className="flex flex-col gap-3" aria-labelledby="programme-projects">
          <h2 id="programme-projects" className="text-lg font-semibold">
            {t("projects", { count: projects.total })}
          </h2>
          <ProjectsTable rows={projects.rows} locale={locale} linkProgrammes={false} showProgramme={false} />
          {projects.total > PROJECTS_PAGE_SIZE && (
            <Link href={`/projects?programme=${id}`} className="text-sm text-primary hover:underline">
              {t("allProjects")}
            </Link>
          )}
        </section>
        <StoredRecordHistory record={programme} stored={stored} locale={locale} />
      </article>
    </RouteMessages>
  );
}
