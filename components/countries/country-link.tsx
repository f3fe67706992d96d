/**
 * How a country's name looks wherever it opens the country's profile: a link that reads as one
 * (the primary colour, a quiet underline that darkens on hover), so the profiles are found.
 */
import { Link } from "@/components/ui/link";
import { TableCell } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";

/** The `ui-country-link` class of app/globals.css (a list page shows it on every row, in the HTML and the RSC payload). */
export const countryLinkClassName = "ui-country-link";

/** A row's country as the list tables show it: its name in the reader's language. */
type RowCountry = { countryCode: string | null; countryNameAr: string | null; countryNameFr: string | null; countryNameEn: string | null };

/** A list table's country cell: the row's country as a link to its profile, or "—" when not stated. */
export function CountryCell({ row, locale }: { row: RowCountry; locale: Locale }) {
  return (
    <TableCell className="align-top">
      {row.countryCode ? (
        <Link href={`/countries/${row.countryCode}`} className={countryLinkClassName}>
          {localizedName({ nameAr: row.countryNameAr, nameFr: row.countryNameFr, nameEn: row.countryNameEn }, locale, row.countryCode)}
        </Link>
      ) : (
        "—"
      )}
    </TableCell>
  );
}
