import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { agreementDisplayLabel, counterpartLabel } from "@/lib/agreements/display";
import type { AgreementListRow } from "@/lib/agreements/queries";
import { formatPartialDate } from "@/lib/dates/partial-date";
import type { Locale } from "@/lib/i18n/config";
import { Badge } from "@/components/ui/badge";
import { SigningStatusBadge } from "./status-badge";

/**
 * A compact list of agreements (for organisation pages and country profiles).
 * `notValidated`: ids of agreements to mark with a small badge (the given label), e.g. on the briefing.
 */
export async function AgreementList({
  rows,
  locale,
  links = true,
  notValidated,
}: {
  rows: AgreementListRow[];
  locale: Locale;
  links?: boolean;
  notValidated?: { ids: ReadonlySet<number>; label: string };
}) {
  const t = await getTranslations("agreements");
  if (rows.length === 0) return <p className="text-muted-foreground">{t("none")}</p>;
  return (
    <ul className="flex flex-col divide-y" data-testid="agreement-list">
      {rows.map((row) => {
        const counterpart = counterpartLabel(row, locale);
        const title = agreementDisplayLabel(row, locale, t(`types.${row.type}`), counterpart);
        return (
          <li key={row.id} className="flex flex-wrap items-start justify-between gap-2 py-2 break-inside-avoid">
            <div className="min-w-0 flex-1">
              <p className="font-medium">
                {links ? (
                  <Link href={`/agreements/${row.id}`} className="text-primary hover:underline">
                    <bdi>{title}</bdi>
                  </Link>
                ) : (
                  <bdi>{title}</bdi>
                )}
              </p>
              <p className="text-sm text-muted-foreground">
                {t(`types.${row.type}`)}
                {" · "}
                <bdi>{[counterpart.country, counterpart.organisation].filter(Boolean).join(" · ")}</bdi>
                {row.signedOn && ` · ${t("signedOnShort", { date: formatPartialDate(row.signedOn, locale) })}`}
                {row.placeOfSignature && (
                  <>
                    {" ("}
                    <bdi>{row.placeOfSignature}</bdi>
                    {")"}
                  </>
                )}
              </p>
            </div>
            <div className="flex flex-wrap items-center gap-1">
              {notValidated?.ids.has(row.id) && (
                <Badge variant="warning" className="text-xs" data-testid="not-validated">
                  {notValidated.label}
                </Badge>
              )}
              <SigningStatusBadge status={row.signingStatus} label={t(`statuses.${row.signingStatus}`)} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
