/**
 * Partner countries with their figures, sortable by any column through links (it works with no
 * script, and without the map). Each name opens the country's profile.
 */
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ArrowDown, ArrowUp } from "@/components/ui/icons";
import { countryLinkClassName } from "@/components/countries/country-link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { CountryActivity, CountrySortKey } from "@/lib/countries/activity";

export async function CountriesTable({ rows, sort, direction }: { rows: CountryActivity[]; sort: CountrySortKey; direction: "asc" | "desc" }) {
  const t = await getTranslations("countries.list");
  if (rows.length === 0) return <p className="rounded-lg border bg-card p-8 text-center text-muted-foreground">{t("empty")}</p>;
  const columns: CountrySortKey[] = ["name", "meetings", "projects", "agreements", "total"];
  const header = (key: CountrySortKey) => {
    const active = key === sort;
    const next = active ? (direction === "asc" ? "desc" : "asc") : key === "name" ? "asc" : "desc";
    const Arrow = direction === "asc" ? ArrowUp : ArrowDown;
    return (
      <TableHead key={key} className={key === "name" ? undefined : "text-end"} aria-sort={active ? (direction === "asc" ? "ascending" : "descending") : "none"}>
        <Link href={`/countries?sort=${key}&dir=${next}`} className="inline-flex items-center gap-1 hover:underline" title={t("sortBy", { column: t(`columns.${key}`) })}>
          {t(`columns.${key}`)}
          {active && <Arrow aria-hidden className="size-3.5" />}
        </Link>
      </TableHead>
    );
  };
  return (
    <div className="rounded-lg border bg-card">
      <Table stack={false} data-testid="countries-table">
        <caption className="sr-only">{t("caption")}</caption>
        <TableHeader>
          <TableRow>{columns.map(header)}</TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.code} data-testid="country-row">
              <TableCell className="whitespace-normal">
                <Link href={`/countries/${row.code}`} className={countryLinkClassName}>
                  {row.name}
                </Link>
              </TableCell>
              <TableCell className="text-end tabular-nums">{row.meetings}</TableCell>
              <TableCell className="text-end tabular-nums">{row.projects}</TableCell>
              <TableCell className="text-end tabular-nums">{row.agreements}</TableCell>
              <TableCell className="text-end font-semibold tabular-nums">{row.total}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
