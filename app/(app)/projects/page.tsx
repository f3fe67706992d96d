import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { FolderKanban } from "@/components/ui/icons";
import { buttonVariants } from "@/components/ui/button";
import { ExportMenu } from "@/components/exports/export-menu";
import { ProjectFilters } from "@/components/projects/project-filters";
import { ProjectsTable } from "@/components/projects/projects-table";
import { Pagination } from "@/components/shell/pagination";
import { ListHeader, NewLink } from "@/components/shell/record-page";
import { projectStatuses } from "@/db/enums";
import { readableKinds } from "@/lib/auth/abilities";
import { todayIn } from "@/lib/dates/partial-date";
import { localizedName } from "@/lib/i18n/localized";
import { countryChoices } from "@/lib/countries/choices";
import { fetchProjectFilterOptions, fetchProjectsPage } from "@/lib/projects/queries";
import { projectFiltersSchema } from "@/lib/projects/schema";
import { exportQuery } from "@/lib/lists/search-params";
import { listForPage, type SearchPageProps } from "@/lib/pages/list";
import { listLinks } from "@/lib/pages/list-url";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";
import { collator as sharedCollator } from "@/lib/i18n/intl-cache";
import { RouteMessages } from "@/components/shell/route-messages";

export const generateMetadata = titleMetadata("projects", "title");

export default async function ProjectsPage({ searchParams }: SearchPageProps) {
  const { user, abilities, raw, filters } = await listForPage(searchParams, "project", projectFiltersSchema);
  const [t, locale] = [await getTranslations("projects"), await pageLocale()];
  const result = fetchProjectsPage(user, filters, todayIn());
  const options = fetchProjectFilterOptions(user);
  const collator = sharedCollator(locale);
  const { params } = listLinks("/projects", filters, ["q", "country", "programme", "funder", "implementer", "status", "archived", "validated", "overdue"]);
  const canReadProgrammes = readableKinds(user).programme;
  return (
    <RouteMessages route="projects/list">
      <div className="flex flex-col gap-4">
        <ListHeader title={filters.archived ? t("archivedTitle") : t("title")}>
          {canReadProgrammes && (
            <Link href="/programmes" className={buttonVariants({ variant: "outline" })}>
              <FolderKanban aria-hidden className="size-4" />
              {t("programmesLink")}
            </Link>
          )}
          <ExportMenu list="projects" query={exportQuery(raw)} />
          {abilities.create && <NewLink href="/projects/new" label={t("new")} />}
        </ListHeader>
        <ProjectFilters
          values={params}
          countries={countryChoices(options.countries, locale)}
          programmes={options.programmes.map((p) => ({ value: String(p.id), label: localizedName(p, locale, String(p.id)) })).sort((a, b) => collator.compare(a.label, b.label))}
          statuses={projectStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          canSeeArchived={abilities.seeArchived}
        />
        <ProjectsTable rows={result.rows} locale={locale} linkProgrammes={canReadProgrammes} />
        <Pagination basePath="/projects" params={params} page={result.page} pageCount={result.pageCount} total={result.total} />
      </div>
    </RouteMessages>
  );
}
