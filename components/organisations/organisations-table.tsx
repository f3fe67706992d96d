import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { organisationLabel } from "@/lib/agreements/display";
import type { Locale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";
import type { OrganisationListRow } from "@/lib/organisations/queries";

/** The organisations directory: name and acronym, type, country, number of projects. */
export async function OrganisationsTable({ rows, locale }: { rows: OrganisationListRow[]; locale: Locale }) {
  const t = await getTranslations("organisations");
  if (rows.length === 0) return <p className="rounded-lg border bg-card p-8 text-center text-muted-foreground">{t("empty")}</p>;
  return (
    <div className="rounded-lg border bg-card">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>{t("columns.name")}</TableHead>
            <TableHead>{t("columns.type")}</TableHead>
            <TableHead>{t("columns.country")}</TableHead>
            <TableHead className="text-end">{t("columns.projects")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
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
              <TableCell className="align-top">
                {row.countryCode ? (
                  <Link href={`/countries/${row.countryCode}`} className="hover:underline">
                    {localizedName({ nameAr: row.countryNameAr, nameFr: row.countryNameFr, nameEn: row.countryNameEn }, locale, row.countryCode)}
                  </Link>
                ) : (
                  "—"
                )}
              </TableCell>
              <TableCell className="align-top text-end tabular-nums">{row.projectCount}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
