import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { signingStatuses } from "@/db/enums";
import type { SigningStatus } from "@/lib/agreements/workflow";
import { cn } from "@/lib/utils";

/**
 * Counts per signing status, each a link that filters the list by that status (keeping the other
 * filters). `hrefFor(status)` builds the link; the current status is marked.
 */
export async function AgreementStatusCounts({
  counts,
  current,
  hrefFor,
}: {
  counts: Record<SigningStatus, number>;
  current?: SigningStatus;
  hrefFor: (status: SigningStatus | undefined) => string;
}) {
  const t = await getTranslations("agreements");
  const total = signingStatuses.reduce((sum, s) => sum + counts[s], 0);
  return (
    <nav aria-label={t("countsLabel")} data-testid="agreement-status-counts">
      <ul className="grid grid-cols-3 gap-2 sm:grid-cols-5 lg:grid-cols-9">
        <li>
          <Link
            href={hrefFor(undefined)}
            aria-current={!current ? "true" : undefined}
            className={cn("flex flex-col rounded-lg border bg-card p-2 hover:bg-muted/50", !current && "border-primary ring-1 ring-primary")}
          >
            <span className="text-xs text-muted-foreground">{t("allStatuses")}</span>
            <span className="text-xl font-bold tabular-nums">{total}</span>
          </Link>
        </li>
        {signingStatuses.map((status) => (
          <li key={status}>
            <Link
              href={hrefFor(status)}
              aria-current={current === status ? "true" : undefined}
              data-status={status}
              className={cn(
                "flex flex-col rounded-lg border bg-card p-2 hover:bg-muted/50",
                current === status && "border-primary ring-1 ring-primary",
              )}
            >
              <span className="text-xs text-muted-foreground">{t(`statuses.${status}`)}</span>
              <span className="text-xl font-bold tabular-nums" data-testid={`count-${status}`}>
                {counts[status]}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
