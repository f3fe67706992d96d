import { getTranslations } from "next-intl/server";
import { ArrowRight } from "@/components/ui/icons";
import { formatPartialDate } from "@/lib/dates/partial-date";
import type { Locale } from "@/lib/i18n/config";
import type { SigningStatus } from "@/lib/agreements/workflow";
import { SigningStatusBadge } from "./status-badge";

/** The signing workflow's steps, oldest first: from → to, the date, who recorded it, the note. */
export async function AgreementStatusHistory({
  steps,
  locale,
}: {
  steps: {
    id: number;
    fromStatus: SigningStatus | null;
    toStatus: SigningStatus;
    occurredOn: string | null;
    note: string | null;
    recordedByName: string | null;
  }[];
  locale: Locale;
}) {
  const t = await getTranslations("agreements");
  const th = await getTranslations("history");
  return (
    <ol className="flex flex-col gap-3 border-s-2 ps-4" data-testid="status-history">
      {steps.map((step) => (
        <li key={step.id} className="flex flex-col gap-1" data-to-status={step.toStatus}>
          <div className="flex flex-wrap items-center gap-2">
            {step.fromStatus && (
              <>
                <SigningStatusBadge status={step.fromStatus} label={t(`statuses.${step.fromStatus}`)} />
                <ArrowRight aria-hidden className="size-3 rtl:rotate-180" />
                <span className="sr-only">{t("history.to")}</span>
              </>
            )}
            <SigningStatusBadge status={step.toStatus} label={t(`statuses.${step.toStatus}`)} />
          </div>
          <p className="text-sm">
            <span data-testid="step-date">{step.occurredOn ? formatPartialDate(step.occurredOn, locale) : t("history.dateNotStated")}</span>
            {" · "}
            {t("history.recordedBy", { who: step.recordedByName ?? th("seed") })}
          </p>
          {step.note && (
            <p className="text-sm whitespace-pre-line text-muted-foreground" dir="auto">
              {step.note}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
