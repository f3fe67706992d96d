import { getTranslations } from "next-intl/server";
import { TableCell, TableRow } from "@/components/ui/table";
import { ListTable } from "@/components/shell/record-page";
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
  return (
    <ListTable rowCount={rows.length} empty={t("empty")} columns={[t("columns.record"), t("columns.status"), t("columns.changed"), t("columns.comment"), withActions && t("columns.decision")]}>
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
    </ListTable>
  );
}
