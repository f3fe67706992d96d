import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";
import type { PersonListRow } from "@/lib/people/queries";

/** The people directory: name in its script (and transliteration), country, latest title, meetings. */
export async function PeopleTable({ rows, locale }: { rows: PersonListRow[]; locale: Locale }) {
  const t = await getTranslations("people");
  if (rows.length === 0) return <p className="rounded-lg border bg-card p-8 text-center text-muted-foreground">{t("empty")}</p>;
  return (
    <div className="rounded-lg border bg-card">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>{t("columns.name")}</TableHead>
            <TableHead>{t("columns.latestTitle")}</TableHead>
            <TableHead>{t("columns.country")}</TableHead>
            <TableHead className="text-end">{t("columns.meetings")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              <TableCell className="align-top whitespace-normal">
                <Link href={`/people/${row.id}`} className="font-medium text-primary hover:underline">
                  <bdi>{row.name}</bdi>
                </Link>
                {row.nameTransliterated && row.nameTransliterated !== row.name && (
                  <p className="text-xs text-muted-foreground">
                    <bdi>{row.nameTransliterated}</bdi>
                  </p>
                )}
              </TableCell>
              <TableCell className="align-top whitespace-normal" dir="auto">{row.latestTitle ?? "—"}</TableCell>
              <TableCell className="align-top">
                {row.countryCode ? (
                  <Link href={`/countries/${row.countryCode}`} className="hover:underline">
                    {localizedName({ nameAr: row.countryNameAr, nameFr: row.countryNameFr, nameEn: row.countryNameEn }, locale, row.countryCode)}
                  </Link>
                ) : (
                  "—"
                )}
              </TableCell>
              <TableCell className="align-top text-end tabular-nums">{row.meetingCount}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
