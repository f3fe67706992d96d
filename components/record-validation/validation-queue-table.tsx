import { getTranslations } from "next-intl/server";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatInstant } from "@/lib/dates/instant";
import type { Locale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";
import type { RecordSummary } from "@/lib/record-validation/queries";
import { RecordTitle } from "./record-title";
import { ValidationActions } from "./validation-actions";
import { ValidationStatusBadge } from "./validation-status-badge";

/**
 * Records waiting for a supervisor (or sent back to staff): what, its state, who changed it last
 * and when, the supervisor's comment, and the decisions when `withActions`.
 */
export async function ValidationQueueTable({ rows, locale, withActions }: { rows: RecordSummary[]; locale: Locale; withActions: boolean }) {
  const t = await getTranslations("validation");
  if (rows.length === 0) {
    return <p className="rounded-lg border bg-card p-8 text-center text-muted-foreground">{t("empty")}</p>;
  }
  return (
    <div className="rounded-lg border bg-card">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>{t("columns.record")}</TableHead>
            <TableHead>{t("columns.status")}</TableHead>
            <TableHead>{t("columns.changed")}</TableHead>
            <TableHead>{t("columns.comment")}</TableHead>
            {withActions && <TableHead>{t("columns.decision")}</TableHead>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={`${row.entityType}-${row.id}`} data-testid={`queue-${row.entityType}-${row.id}`}>
              <TableCell className="align-top whitespace-normal">
                <RecordTitle record={row} locale={locale} />
              </TableCell>
              <TableCell className="align-top">
                <ValidationStatusBadge status={row.validationStatus} />
              </TableCell>
              <TableCell className="align-top text-sm whitespace-normal">
                <bdi>{row.updatedByName ?? t("seed")}</bdi>
                <br />
                <time dateTime={row.updatedAt} className="text-muted-foreground">
                  {formatInstant(row.updatedAt, locale)}
                </time>
              </TableCell>
              <TableCell className="max-w-xs align-top text-sm whitespace-pre-line" dir="auto">
                {row.validationComment ?? "—"}
              </TableCell>
              {withActions && (
                <TableCell className="align-top">
                  <ValidationActions
                    entityType={row.entityType}
                    id={row.id}
                    version={row.version}
                    recordName={localizedName(row, locale) || row.acronym || `#${row.id}`}
                  />
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
