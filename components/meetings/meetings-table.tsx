import { Link } from "@/components/ui/link";
import { CountryCell } from "@/components/countries/country-link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { TableCell, TableRow } from "@/components/ui/table";
import { ListTable } from "@/components/shell/record-page";
import { ValidationStatusBadge } from "@/components/record-validation/validation-status-badge";
import { formatPartialDateRange } from "@/lib/dates/partial-date";
import type { Locale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";
import type { MeetingListRow } from "@/lib/meetings/queries";

/** The meetings list: date at its precision, counterparts with their titles then, country, kind. */
export async function MeetingsTable({ rows, locale }: { rows: MeetingListRow[]; locale: Locale }) {
  const t = await getTranslations("meetings");
  const apposition = (await getTranslations("app"))("apposition");
  return (
    <ListTable rowCount={rows.length} empty={t("empty")} columns={[t("columns.date"), t("columns.counterparts"), t("columns.country"), t("columns.kind"), t("columns.event")]}>
      {rows.map((row) => (
        <TableRow key={row.id}>
          <TableCell className="whitespace-nowrap align-top">
            <Link href={`/meetings/${row.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
              {formatPartialDateRange(row.startsOn, row.endsOn, locale)}
            </Link>
            {row.validationStatus !== "validated" && (
              <div className="mt-1">
                <ValidationStatusBadge status={row.validationStatus} />
              </div>
            )}
          </TableCell>
          <TableCell className="align-top whitespace-normal">
            {row.counterparts.length === 0 && <span className="text-muted-foreground">—</span>}
            <ul className="flex flex-col gap-0.5">
              {row.counterparts.map((c) => (
                <li key={c.personId}>
                  <Link href={`/people/${c.personId}`} className="font-medium hover:underline">
                    <bdi>{c.name}</bdi>
                  </Link>
                  {c.titleAtMeeting && (
                    <span className="text-muted-foreground">
                      {apposition}
                      <bdi>{c.titleAtMeeting}</bdi>
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </TableCell>
          <CountryCell row={row} locale={locale} />
          <TableCell className="align-top">
            <Badge variant="secondary">{t(`kinds.${row.kind}`)}</Badge>
          </TableCell>
          <TableCell className="align-top whitespace-normal text-muted-foreground">
            {localizedName({ nameAr: row.eventNameAr, nameFr: row.eventNameFr, nameEn: row.eventNameEn }, locale, "—")}
          </TableCell>
        </TableRow>
      ))}
    </ListTable>
  );
}
