"use client";

/**
 * Close a follow-up: "done" or "dropped", through the write path (closeFollowUp checks the
 * permission and the version again). On success the page is refreshed (lists, the bell's count).
 */
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Check, X } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";
import { closeFollowUp } from "@/lib/follow-ups/actions";

export function CloseFollowUpButtons({ id, version, description }: { id: number; version: number; description: string }) {
  const t = useTranslations("followUps");
  const te = useTranslations("errors");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  function close(status: "done" | "dropped") {
    setError(null);
    startTransition(async () => {
      const result = await closeFollowUp({ id, version, status });
      if (!result.ok) {
        setError(te.has(result.message) ? te(result.message) : te("failed"));
        return;
      }
      router.refresh();
    });
  }
  return (
    <span className="flex flex-wrap items-center gap-1">
      <Button type="button" size="sm" variant="outline" disabled={pending} onClick={() => close("done")} aria-label={t("markDoneLabel", { description })}>
        <Check aria-hidden className="size-4" />
        {t("markDone")}
      </Button>
      <Button type="button" size="sm" variant="ghost" disabled={pending} onClick={() => close("dropped")} aria-label={t("dropLabel", { description })}>
        <X aria-hidden className="size-4" />
        {t("drop")}
      </Button>
      {error && (
        <span role="alert" className="text-xs font-medium text-destructive">
          {error}
        </span>
      )}
    </span>
  );
}
