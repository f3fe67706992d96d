import { Link } from "@/components/ui/link";
import { CountryCell } from "@/components/countries/country-link";
import { getTranslations } from "next-intl/server";
import { TableCell, TableRow } from "@/components/ui/table";
import { ListTable } from "@/components/shell/record-page";
import type { Locale } from "@/lib/i18n/config";
import type { PersonListRow } from "@/lib/people/queries";

/** The people directory: name in its script (and transliteration), country, latest title, meetings. */
export async function PeopleTable({ rows, locale }: { rows: PersonListRow[]; locale: Locale }) {
  const t = await getTranslations("people");
  return (
    <ListTable rowCount={rows.length} empty={t("empty")} columns={[t("columns.name"), t("columns.latestTitle"), t("columns.country"), { label: t("columns.meetings"), className: "text-end" }]}>
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
          <CountryCell row={row} locale={locale} />
          <TableCell className="align-top text-end tabular-nums">{row.meetingCount}</TableCell>
        </TableRow>
      ))}
    </ListTable>
  );
}
