import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { formatPartialDate, formatPartialDateRange } from "@/lib/dates/partial-date";
import type { FollowUpListRow } from "@/lib/follow-ups/queries";
import type { Locale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";
import { organisationLabel } from "@/lib/organisations/display";
import { CloseFollowUpButtons } from "./close-follow-up-buttons";

/** Who owns a follow-up, as a short label in the interface language (names isolated). */
export function followUpOwnerLabel(row: FollowUpListRow, locale: Locale): string | null {
  if (row.ownerUserName) return row.ownerUserName;
  if (row.ownerPersonName) return row.ownerPersonName;
  if (row.ownerOrganisationId) {
    return organisationLabel({ nameAr: row.ownerOrganisationNameAr, nameFr: row.ownerOrganisationNameFr, nameEn: row.ownerOrganisationNameEn, acronym: row.ownerOrganisationAcronym }, locale) || `#${row.ownerOrganisationId}`;
  }
  return row.ownerName;
}

/**
 * Follow-ups as a list: what (a link to its meeting), its owner, by when (overdue flagged), the
 * project or agreement it concerns, and, when `mayClose`, the buttons that close it.
 */
export async function FollowUpList({ rows, locale, mayClose, showOwner = true }: { rows: FollowUpListRow[]; locale: Locale; mayClose: boolean; showOwner?: boolean }) {
  const t = await getTranslations("followUps");
  return (
    <ul className="flex flex-col divide-y text-sm">
      {rows.map((row) => {
        const owner = followUpOwnerLabel(row, locale);
        const project = row.projectId ? row.projectAcronym || localizedName({ nameAr: row.projectTitleAr, nameFr: row.projectTitleFr, nameEn: row.projectTitleEn }, locale, `#${row.projectId}`) : null;
        const agreement = row.agreementId ? localizedName({ nameAr: row.agreementTitleAr, nameFr: row.agreementTitleFr, nameEn: row.agreementTitleEn }, locale, `#${row.agreementId}`) : null;
        return (
          <li key={row.id} data-testid="follow-up" data-overdue={row.overdue ? "true" : "false"} className="flex flex-col gap-1.5 py-2">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <Link href={`/meetings/${row.meetingId}`} className="min-w-0 font-medium break-words text-primary hover:underline" dir="auto">
                {row.description}
              </Link>
              <span className="flex shrink-0 items-center gap-2">
                {row.overdue && <Badge variant="destructive">{t("overdue")}</Badge>}
                <span className="whitespace-nowrap text-muted-foreground">{row.dueOn ? t("dueOn", { date: formatPartialDate(row.dueOn, locale) }) : t("noDueDate")}</span>
              </span>
            </div>
            <p className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-muted-foreground">
              {showOwner && owner && <span>{t.rich("ownerLine", { name: owner, bdi: (chunks) => <bdi>{chunks}</bdi> })}</span>}
              <span>{t("meetingOf", { date: formatPartialDateRange(row.meetingStartsOn, row.meetingEndsOn, locale) })}</span>
              {project && (
                <Link href={`/projects/${row.projectId}`} className="underline">
                  {t.rich("projectLine", { name: project, bdi: (chunks) => <bdi>{chunks}</bdi> })}
                </Link>
              )}
              {agreement && (
                <Link href={`/agreements/${row.agreementId}`} className="underline">
                  {t.rich("agreementLine", { name: agreement, bdi: (chunks) => <bdi>{chunks}</bdi> })}
                </Link>
              )}
            </p>
            {mayClose && <CloseFollowUpButtons id={row.id} version={row.version} description={row.description} />}
          </li>
        );
      })}
    </ul>
  );
}
