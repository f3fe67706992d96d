import { Link } from "@/components/ui/link";
import { countryLinkClassName } from "@/components/countries/country-link";
import { getTranslations } from "next-intl/server";
import { TableCell, TableRow } from "@/components/ui/table";
import { ListTable } from "@/components/shell/record-page";
import { agreementDisplayLabel, agreementTitle, counterpartLabel } from "@/lib/agreements/display";
import type { AgreementListRow } from "@/lib/agreements/queries";
import { formatPartialDate } from "@/lib/dates/partial-date";
import type { Locale } from "@/lib/i18n/config";
import { SigningStatusBadge } from "./status-badge";

/** The agreements list: title and type, counterpart, signing date and place, status. */
export async function AgreementsTable({ rows, locale }: { rows: AgreementListRow[]; locale: Locale }) {
  const t = await getTranslations("agreements");
  return (
    <ListTable rowCount={rows.length} empty={t("empty")} columns={[t("columns.agreement"), t("columns.counterpart"), t("columns.signedOn"), t("columns.status")]} data-testid="agreements-table">
      {rows.map((row) => {
        const title = agreementTitle(row, locale);
        const counterpart = counterpartLabel(row, locale);
        // Told apart by counterpart: four memoranda have no title but their type.
        const label = agreementDisplayLabel(row, locale, t(`types.${row.type}`), counterpart);
        return (
          <TableRow key={row.id} data-agreement-id={row.id}>
            <TableCell className="max-w-md align-top whitespace-normal">
              <Link href={`/agreements/${row.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
                <bdi>{label}</bdi>
              </Link>
              {title && <p className="text-xs text-muted-foreground">{t(`types.${row.type}`)}</p>}
            </TableCell>
            <TableCell className="align-top whitespace-normal" data-testid="agreement-counterpart">
              {counterpart.country && (
                <Link href={`/countries/${row.counterpartCountryCode}`} className={countryLinkClassName}>
                  {counterpart.country}
                </Link>
              )}
              {counterpart.organisation && (
                <p className={counterpart.country ? "text-sm text-muted-foreground" : undefined}>
                  <Link href={`/organisations/${row.counterpartOrganisationId}`} className="hover:underline">
                    <bdi>{counterpart.organisation}</bdi>
                  </Link>
                </p>
              )}
            </TableCell>
            <TableCell className="align-top whitespace-nowrap" data-testid="agreement-signed-on">
              {formatPartialDate(row.signedOn, locale) || "—"}
              {row.placeOfSignature && <p className="text-xs text-muted-foreground"><bdi>{row.placeOfSignature}</bdi></p>}
            </TableCell>
            <TableCell className="align-top">
              <SigningStatusBadge status={row.signingStatus} label={t(`statuses.${row.signingStatus}`)} />
              {row.statusSince && (
                <p className="mt-1 text-xs text-muted-foreground">{t("since", { date: formatPartialDate(row.statusSince, locale) })}</p>
              )}
            </TableCell>
          </TableRow>
        );
      })}
    </ListTable>
  );
}
