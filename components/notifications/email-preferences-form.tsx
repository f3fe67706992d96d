"use client";

/**
 * The account page's choice of which notices come by e-mail (every notice is in the app anyway).
 * Saved through setEmailPreferences (the write path).
 */
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { notificationKinds } from "@/db/enums";
import { setEmailPreferences } from "@/lib/notifications/actions";
import type { EmailPreferences } from "@/lib/notifications/schema";

export function EmailPreferencesForm({ initial, mailConfigured }: { initial: EmailPreferences; mailConfigured: boolean }) {
  const t = useTranslations("notifications.email");
  const te = useTranslations("errors");
  const [values, setValues] = useState(initial);
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<"saved" | string | null>(null);
  return (
    <form
      aria-labelledby="email-notices-title"
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        setStatus(null);
        startTransition(async () => {
          const result = await setEmailPreferences(values);
          setStatus(result.ok ? "saved" : te.has(result.message) ? te(result.message) : te("failed"));
        });
      }}
    >
      <h2 id="email-notices-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-muted-foreground">{mailConfigured ? t("help") : t("notConfigured")}</p>
      <ul className="flex flex-col gap-2">
        {notificationKinds.map((kind) => (
          <li key={kind} className="flex items-center gap-2">
            <Checkbox id={`email-${kind}`} checked={values[kind]} onCheckedChange={(checked) => setValues({ ...values, [kind]: checked === true })} />
            <Label htmlFor={`email-${kind}`} className="font-normal">
              {t(`kinds.${kind}`)}
            </Label>
          </li>
        ))}
      </ul>
      <div className="flex items-center gap-3">
        <Button type="submit" size="sm" disabled={pending}>
          {t("save")}
        </Button>
        <span role="status" className="text-sm">
          {status === "saved" ? t("saved") : status}
        </span>
      </div>
    </form>
  );
}
