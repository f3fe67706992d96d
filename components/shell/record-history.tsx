import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/config";
import { dateLocales } from "@/lib/dates/partial-date";
import { joinList } from "@/lib/i18n/list-format";
import { dateTimeFormat } from "@/lib/i18n/intl-cache";
import type { AuditEntry } from "@/lib/audit/history";

/** Formats a stored UTC instant in the department's time zone (Africa/Casablanca). */
function formatInstant(iso: string, locale: Locale): string {
  return dateTimeFormat(dateLocales[locale], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Africa/Casablanca",
    numberingSystem: "latn",
  }).format(new Date(iso));
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
        {total > entries.length && (
          <p className="text-muted-foreground" data-testid="history-capped">
            {t("capped", { shown: entries.length, total })}
          </p>
        )}
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
