import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signingStatuses } from "@/db/schema";
import { agreementTitle, counterpartLabel } from "@/lib/agreements/display";
import type { AgreementListRow } from "@/lib/agreements/queries";
import { formatPartialDate } from "@/lib/dates/partial-date";
import type { Locale } from "@/lib/i18n/config";

/** The agreements as a board: one column per signing status, in the workflow's order. */
export async function AgreementsBoard({ rows, locale }: { rows: AgreementListRow[]; locale: Locale }) {
  const t = await getTranslations("agreements");
  return (
    <div className="overflow-x-auto pb-2" data-testid="agreements-board">
      <div className="grid min-w-[72rem] grid-cols-8 items-start gap-3">
        {signingStatuses.map((status) => {
          const column = rows.filter((r) => r.signingStatus === status);
          const headingId = `board-${status}`;
          return (
            <section key={status} aria-labelledby={headingId} className="flex flex-col gap-2 rounded-lg border bg-muted/40 p-2" data-status={status}>
              <h2 id={headingId} className="flex items-center justify-between gap-2 px-1 text-sm font-semibold">
                <span>{t(`statuses.${status}`)}</span>
                <span className="rounded-full bg-background px-2 text-xs tabular-nums text-muted-foreground">{column.length}</span>
              </h2>
              <ul className="flex flex-col gap-2">
                {column.map((row) => {
                  const title = agreementTitle(row, locale);
                  const counterpart = counterpartLabel(row, locale);
                  return (
                    <li key={row.id} className="rounded-md border bg-card p-2 text-sm shadow-xs">
                      <Link href={`/agreements/${row.id}`} className="font-medium text-primary hover:underline">
                        {title ? <bdi>{title}</bdi> : t(`types.${row.type}`)}
                      </Link>
                      <p className="text-muted-foreground">
                        <bdi>{[counterpart.country, counterpart.organisation].filter(Boolean).join(" · ") || "—"}</bdi>
                      </p>
                      {row.signedOn && <p className="text-xs text-muted-foreground">{t("signedOnShort", { date: formatPartialDate(row.signedOn, locale) })}</p>}
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}
