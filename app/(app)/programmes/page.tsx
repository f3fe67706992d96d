import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { TableCell, TableRow } from "@/components/ui/table";
import { ArchivedToggle, ListHeader, ListTable, NewLink } from "@/components/shell/record-page";
import { listAbilities } from "@/lib/auth/abilities";
import { requirePermission } from "@/lib/auth/session";
import { formatPartialDateRange } from "@/lib/dates/partial-date";
import { localizedName } from "@/lib/i18n/localized";
import { fetchProgrammes } from "@/lib/programmes/queries";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";

export const generateMetadata = titleMetadata("programmes", "title");

/** Programmes, each with its country, period and number of projects; `?archived=1` for supervisors. */
export default async function ProgrammesPage({ searchParams }: { searchParams: Promise<{ archived?: string }> }) {
  const user = await requirePermission("read", "programme");
  const abilities = listAbilities(user, "programme");
  const archived = (await searchParams).archived === "1" && abilities.seeArchived;
  const [t, locale] = [await getTranslations("programmes"), await pageLocale()];
  const rows = fetchProgrammes(user, { archived });
  return (
    <div className="flex flex-col gap-4">
      <ListHeader title={archived ? t("archivedTitle") : t("title")} back={{ href: "/projects", label: t("projectsLink") }}>
        {abilities.seeArchived && (
          <ArchivedToggle href="/programmes" archived={archived} labels={{ showArchived: t("showArchived"), showCurrent: t("showActive") }} />
        )}
        {abilities.create && <NewLink href="/programmes/new" label={t("new")} />}
      </ListHeader>
      <ListTable rowCount={rows.length} empty={t("empty")} columns={[t("columns.name"), t("columns.country"), t("columns.period"), t("columns.projects")]}>
        {rows.map((row) => (
          <TableRow key={row.id}>
            <TableCell className="whitespace-normal">
              <Link href={`/programmes/${row.id}`} className="font-medium text-primary hover:underline">
                {localizedName(row, locale, row.acronym ?? `#${row.id}`)}
              </Link>
            </TableCell>
            <TableCell>{row.countryCode ? localizedName({ nameAr: row.countryNameAr, nameFr: row.countryNameFr, nameEn: row.countryNameEn }, locale, row.countryCode) : "—"}</TableCell>
            <TableCell>{formatPartialDateRange(row.plannedStart, row.plannedEnd, locale) || "—"}</TableCell>
            <TableCell className="tabular-nums">{row.projectCount}</TableCell>
          </TableRow>
        ))}
      </ListTable>
    </div>
  );
}
