import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { TableCell, TableRow } from "@/components/ui/table";
import { ListTable } from "@/components/shell/record-page";
import { ProgressSummary } from "@/components/projects/project-progress";
import type { Locale } from "@/lib/i18n/config";
import { localizedName, localizedText } from "@/lib/i18n/localized";
import { LocalizedText } from "@/components/shell/localized-text";
import { organisationLabel } from "@/lib/organisations/display";
import { formatPeriod } from "@/lib/dates/partial-date-input";
import type { ProjectListRow } from "@/lib/projects/queries";
import { JoinedList } from "@/components/shell/joined-list";

export const statusVariant = (status: ProjectListRow["status"]) =>
  status === "implementation" ? "default" : status === "closed" || status === "cancelled" ? "outline" : status === "suspended" ? "warning" : "secondary";

/**
 * The projects list: acronym and title, partner country, programme, status, funders and
 * implementers, period at its precision, and progress computed on the server.
 */
export async function ProjectsTable({
  rows,
  locale,
  linkProgrammes,
  showProgramme = true,
}: {
  rows: ProjectListRow[];
  locale: Locale;
  linkProgrammes: boolean;
  /** False on a programme's own page, where every row has the same one. */
  showProgramme?: boolean;
}) {
  const t = await getTranslations("projects");
  // Each name isolated on its own, so that Latin acronyms and Arabic names keep their order.
  const list = (names: string[]) =>
    names.length ? <JoinedList items={names} locale={locale} render={(name) => <bdi>{name}</bdi>} /> : "—";
  return (
    <ListTable rowCount={rows.length} empty={t("empty")} columns={[t("columns.project"), t("columns.country"), showProgramme && t("columns.programme"), t("columns.status"), t("columns.partners"), t("columns.period"), t("columns.progress")]} data-testid="projects-table">
      {rows.map((row) => {
        const titleText = localizedText({ ar: row.titleAr, fr: row.titleFr, en: row.titleEn }, locale);
        const start = row.plannedStart ?? row.actualStart;
        const end = row.plannedEnd ?? row.actualEnd;
        const programme = localizedName({ nameAr: row.programmeNameAr, nameFr: row.programmeNameFr, nameEn: row.programmeNameEn }, locale);
        return (
          <TableRow key={row.id} data-testid="project-row" data-project-id={row.id}>
            <TableCell className="max-w-80 align-top whitespace-normal">
              <Link href={`/projects/${row.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
                {row.acronym ? <bdi>{row.acronym}</bdi> : <LocalizedText value={titleText} />}
              </Link>
              {row.acronym && titleText && (
                <p className="text-sm text-muted-foreground" data-testid="project-title">
                  <LocalizedText value={titleText} />
                </p>
              )}
              {row.archivedAt && <Badge variant="outline">{t("archived")}</Badge>}
            </TableCell>
            <TableCell className="align-top">
              {row.partnerCountryCode
                ? localizedName({ nameAr: row.countryNameAr, nameFr: row.countryNameFr, nameEn: row.countryNameEn }, locale, row.partnerCountryCode)
                : "—"}
            </TableCell>
            {showProgramme && (
              <TableCell className="max-w-48 align-top whitespace-normal">
                {row.programmeId && programme ? (
                  linkProgrammes ? (
                    <Link href={`/programmes/${row.programmeId}`} className="hover:underline">
                      {programme}
                    </Link>
                  ) : (
                    programme
                  )
                ) : (
                  "—"
                )}
              </TableCell>
            )}
            <TableCell className="align-top">
              <Badge variant={statusVariant(row.status)}>{t(`statuses.${row.status}`)}</Badge>
              {row.overdue ? (
                <Badge variant="destructive" className="ms-1" data-testid="project-overdue">
                  {t("overdue")}
                </Badge>
              ) : null}
            </TableCell>
            <TableCell className="max-w-56 align-top text-sm whitespace-normal">
              <p>
                <span className="text-muted-foreground">{t("columns.funders")}: </span>
                {list(row.funders.map((o) => o.acronym ?? organisationLabel(o, locale)))}
              </p>
              <p>
                <span className="text-muted-foreground">{t("columns.implementers")}: </span>
                {list(row.implementers.map((o) => o.acronym ?? organisationLabel(o, locale)))}
              </p>
            </TableCell>
            <TableCell className="align-top whitespace-nowrap">{formatPeriod(start, end, locale, (key, values) => t(`detail.${key}`, values)) || "—"}</TableCell>
            <TableCell className="align-top">
              <ProgressSummary progress={row.progress} nextDue={row.nextDue} locale={locale} compact />
            </TableCell>
          </TableRow>
        );
      })}
    </ListTable>
  );
}
