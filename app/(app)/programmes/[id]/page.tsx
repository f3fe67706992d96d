import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Pencil, Plus } from "lucide-react";
import { Alert, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { RecordHistory } from "@/components/shell/record-history";
import { ArchiveControls } from "@/components/projects/archive-controls";
import { ProjectsTable } from "@/components/projects/projects-table";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatPartialDateRange, todayIn } from "@/lib/dates/partial-date";
import { isLocale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";
import { organisationLabel } from "@/lib/projects/form-values";
import { fetchProgramme, fetchProjectsPage, PROJECTS_PAGE_SIZE } from "@/lib/projects/queries";
import { projectFiltersSchema } from "@/lib/projects/schema";

export async function generateMetadata() {
  return { title: (await getTranslations("programmes"))("detail") };
}

/** A programme and its projects (as the user may see them), with their progress. */
export default async function ProgrammePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("read", "programme");
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id < 1) notFound();
  const stored = fetchProgramme(user, id, { includeArchived: true });
  if (!stored) notFound();
  const [t, current] = [await getTranslations("programmes"), await getLocale()];
  const locale = isLocale(current) ? current : "ar";
  const { programme } = stored;
  const archived = programme.archivedAt !== null;
  const projects = fetchProjectsPage(user, projectFiltersSchema.parse({ programme: String(id) }), todayIn());
  const name = localizedName(programme, locale, programme.acronym ?? `#${id}`);
  const funder = stored.funderNameAr || stored.funderNameFr || stored.funderNameEn || stored.funderAcronym
    ? organisationLabel({ nameAr: stored.funderNameAr, nameFr: stored.funderNameFr, nameEn: stored.funderNameEn, acronym: stored.funderAcronym }, locale)
    : null;
  return (
    <article className="flex flex-col gap-6">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm text-muted-foreground">
            <Link href="/programmes" className="hover:underline">
              {t("title")}
            </Link>
          </p>
          <h1 className="text-2xl font-bold" dir="auto">
            {name}
          </h1>
          {archived && <Badge variant="outline">{t("archived")}</Badge>}
        </div>
        <div className="flex flex-wrap items-start gap-2">
          {!archived && can(user.role, "create", "project") && (
            <Link href={`/projects/new?programme=${id}`} className={buttonVariants({ variant: "outline" })}>
              <Plus aria-hidden className="size-4" />
              {t("newProject")}
            </Link>
          )}
          {!archived && can(user.role, "update", "programme") && (
            <Link href={`/programmes/${id}/edit`} className={buttonVariants({ variant: "outline" })}>
              <Pencil aria-hidden className="size-4" />
              {t("edit")}
            </Link>
          )}
          {can(user.role, archived ? "restore" : "archive", "programme") && (
            <ArchiveControls kind="programme" id={id} version={programme.version} archived={archived} afterArchive="/programmes" />
          )}
        </div>
      </header>
      {archived && (
        <Alert>
          <AlertTitle>{t("archivedNotice")}</AlertTitle>
        </Alert>
      )}
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>{t("overview")}</h2>
          </CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium">{t("columns.country")}</dt>
            <dd>{programme.countryCode ? localizedName({ nameAr: stored.countryNameAr, nameFr: stored.countryNameFr, nameEn: stored.countryNameEn }, locale, programme.countryCode) : "—"}</dd>
            <dt className="font-medium">{t("columns.period")}</dt>
            <dd>{formatPartialDateRange(programme.plannedStart, programme.plannedEnd, locale) || "—"}</dd>
            <dt className="font-medium">{t("funder")}</dt>
            <dd>{funder ? <bdi>{funder}</bdi> : "—"}</dd>
          </dl>
        </CardContent>
      </Card>
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
      <RecordHistory
        entries={stored.history}
        createdAt={programme.createdAt}
        createdByName={stored.createdByName}
        updatedAt={programme.updatedAt}
        updatedByName={stored.updatedByName}
        locale={locale}
      />
    </article>
  );
}
