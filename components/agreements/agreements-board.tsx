import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { signingStatuses } from "@/db/enums";
import { agreementDisplayLabel, counterpartLabel } from "@/lib/agreements/display";
import type { AgreementListRow } from "@/lib/agreements/queries";
import { formatPartialDate } from "@/lib/dates/partial-date";
import type { Locale } from "@/lib/i18n/config";

/**
 * The agreements as a board: one column per signing status in use, in the workflow's order (a
 * status no agreement is at takes no room). Cards name the agreement with its counterpart and date.
 */
export async function AgreementsBoard({ rows, locale }: { rows: AgreementListRow[]; locale: Locale }) {
  const t = await getTranslations("agreements");
  const inUse = signingStatuses.filter((status) => rows.some((r) => r.signingStatus === status));
  return (
    <div data-testid="agreements-board">
      <div className="grid grid-cols-[repeat(auto-fit,minmax(min(100%,15rem),1fr))] items-start gap-3">
        {inUse.map((status) => {
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
                  const counterpart = counterpartLabel(row, locale);
                  const label = agreementDisplayLabel(row, locale, t(`types.${row.type}`), counterpart);
                  return (
                    <li key={row.id} className="rounded-md border bg-card p-2 text-sm shadow-xs">
                      <Link href={`/agreements/${row.id}`} className="font-medium text-primary hover:underline">
                        <bdi>{label}</bdi>
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
