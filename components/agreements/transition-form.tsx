"use client";

/**
 * Records the next step of an agreement's signing workflow: the new status (only the steps the
 * workflow allows are offered; the server checks again), the date it happened and a note.
 * A plain form posting to a server action, so it works before JavaScript loads too.
 */
import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DateFilterInput } from "@/components/forms/date-input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { submitAgreementTransition } from "@/lib/agreements/actions";
import type { SigningStatus } from "@/lib/agreements/workflow";

export function AgreementTransitionForm({
  agreementId,
  version,
  currentStatus,
  nextStatuses,
  today,
}: {
  agreementId: number;
  version: number;
  currentStatus: SigningStatus;
  nextStatuses: readonly SigningStatus[];
  /** Today in Casablanca (YYYY-MM-DD), the date field's default. */
  today: string;
}) {
  const t = useTranslations("agreements");
  const te = useTranslations("errors");
  const [state, action, pending] = useActionState(submitAgreementTransition, null);
  const ids = { status: useId(), date: useId(), note: useId() };
  const failure = state && !state.ok ? state : null;
  const dateError = failure?.fieldErrors?.occurredOn?.[0];
  const errorText = (key: string) => (te.has(key) ? te(key) : te("failed"));
  const statusLabel = (s: SigningStatus) => t(`statuses.${s}`);
  const separator = t("listSeparator");

  if (nextStatuses.length === 0) {
    return <p className="text-sm text-muted-foreground">{t("transition.final", { status: statusLabel(currentStatus) })}</p>;
  }
  return (
    <form action={action} className="grid gap-4" aria-label={t("transition.label")} data-testid="transition-form">
      {failure && !dateError && (
        <Alert variant="destructive" role="alert" data-testid="transition-error">
          <AlertTitle>{errorText(failure.message)}</AlertTitle>
          {failure.message === "transitionNotAllowed" && (
            <AlertDescription>
              {t("transition.allowedFrom", { status: statusLabel(currentStatus), allowed: nextStatuses.map(statusLabel).join(separator) })}
            </AlertDescription>
          )}
        </Alert>
      )}
      <input type="hidden" name="id" value={agreementId} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="grid gap-1.5">
          <Label htmlFor={ids.status}>{t("transition.toStatus")}</Label>
          <select
            id={ids.status}
            name="toStatus"
            required
            defaultValue=""
            className="h-9 w-full rounded-md border border-input bg-transparent px-3 text-sm shadow-xs focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 outline-none"
          >
            <option value="" disabled>
              {t("transition.choose")}
            </option>
            {nextStatuses.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor={ids.date}>{t("transition.occurredOn")}</Label>
          <DateFilterInput
            id={ids.date}
            name="occurredOn"
            label={t("transition.occurredOn")}
            defaultValue={today}
            bound="exact"
            required
            describedBy={`${ids.date}-hint`}
            serverError={dateError ? errorText(dateError) : undefined}
          />
          <p id={`${ids.date}-hint`} className="text-xs text-muted-foreground">
            {t("form.partialDateHint")}
          </p>
        </div>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor={ids.note}>{t("transition.note")}</Label>
        <Textarea id={ids.note} name="note" rows={2} dir="auto" />
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("form.saving") : t("transition.submit")}
        </Button>
      </div>
    </form>
  );
}
