import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/utils";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/config";
import { formatInstant } from "@/lib/dates/instant";
import { joinList } from "@/lib/i18n/list-format";
import type { AuditEntry } from "@/lib/audit/history";

/** Under a History list cut at HISTORY_LIMIT (lib/audit/history.ts): "the 20 most recent of N". Nothing when all are shown. */
export async function HistoryCappedNote({ shown, total, className }: { shown: number; total: number; className?: string }) {
  if (total <= shown) return null;
  const t = await getTranslations("history");
  return (
    <p className={cn("text-muted-foreground", className)} data-testid="history-capped">
      {t("capped", { shown, total })}
    </p>
  );
}

/** Who created and changed a record, and when (from the audit log). */
export async function RecordHistory({
  entries,
  total,
  createdAt,
  createdByName,
  updatedAt,
  updatedByName,
  locale,
}: {
  entries: AuditEntry[];
  /** How many entries the record has in all (the card shows the newest, lib/audit/history.ts). */
  total: number;
  createdAt: string;
  createdByName: string | null;
  updatedAt: string;
  updatedByName: string | null;
  locale: Locale;
}) {
  const t = await getTranslations("history");
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{t("title")}</h2>
        </CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-3 text-sm">
        <p>
          {t("created", { who: createdByName ?? t("seed"), when: formatInstant(createdAt, locale) })}
          {updatedAt !== createdAt && (
            <>
              {" · "}
              {t("updated", { who: updatedByName ?? t("seed"), when: formatInstant(updatedAt, locale) })}
            </>
          )}
        </p>
        <ol className="flex flex-col gap-2 border-s-2 ps-4" data-testid="history">
          {entries.map((entry) => (
            <li key={entry.id}>
              <span className="font-medium">{t(`actions.${entry.action}`)}</span>
              {" · "}
              <bdi>{entry.userName ?? t("seed")}</bdi>
              {" · "}
              <time dateTime={entry.at}>{formatInstant(entry.at, locale)}</time>
              {entry.action === "update" && entry.changes && (
                <span className="text-muted-foreground">
                  {" — "}
                  {t("changedFields", { fields: joinList([...new Set(Object.keys(entry.changes).map((f) => (t.has(`fields.${f}`) ? t(`fields.${f}`) : t("fields.other"))))], locale) })}
                </span>
              )}
            </li>
          ))}
        </ol>
        <HistoryCappedNote shown={entries.length} total={total} />
      </CardContent>
    </Card>
  );
}

/**
 * The history card of a record as a detail query returns it: the row (`createdAt`, `updatedAt`)
 * and, beside it, its audit `history` and the names of who created and last changed it.
 */
export function StoredRecordHistory({
  record,
  stored,
  locale,
}: {
  record: { createdAt: string; updatedAt: string };
  stored: { history: AuditEntry[]; historyTotal: number; createdByName: string | null; updatedByName: string | null };
  locale: Locale;
}) {
  return (
    <RecordHistory
      entries={stored.history}
      total={stored.historyTotal}
      createdAt={record.createdAt}
      createdByName={stored.createdByName}
      updatedAt={record.updatedAt}
      updatedByName={stored.updatedByName}
      locale={locale}
    />
  );
}
