import { Link } from "@/components/ui/link";
import { CountryCell } from "@/components/countries/country-link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { TableCell, TableRow } from "@/components/ui/table";
import { ListTable } from "@/components/shell/record-page";
import { organisationLabel } from "@/lib/agreements/display";
import type { Locale } from "@/lib/i18n/config";
import type { OrganisationListRow } from "@/lib/organisations/queries";

/** The organisations directory: name and acronym, type, country, number of projects. */
export async function OrganisationsTable({ rows, locale }: { rows: OrganisationListRow[]; locale: Locale }) {
  const t = await getTranslations("organisations");
  return (
    <ListTable rowCount={rows.length} empty={t("empty")} columns={[t("columns.name"), t("columns.type"), t("columns.country"), { label: t("columns.projects"), className: "text-end" }]}>
      {rows.map((row) => (
        <TableRow key={row.id}>
          <TableCell className="max-w-lg align-top whitespace-normal">
            <Link href={`/organisations/${row.id}`} className="font-medium text-primary hover:underline">
              <bdi>{organisationLabel(row, locale) || `#${row.id}`}</bdi>
            </Link>
          </TableCell>
          <TableCell className="align-top">
            <Badge variant="secondary">{t(`types.${row.type}`)}</Badge>
          </TableCell>
          <CountryCell row={row} locale={locale} />
          <TableCell className="align-top text-end tabular-nums">{row.projectCount}</TableCell>
        </TableRow>
      ))}
    </ListTable>
  );
}
