"use client";

/**
 * A supervisor's actions on one data-quality point: mark it resolved with a note (required,
 * asked in a dialog, kept when the server refuses), or reopen a resolved one. The server action
 * checks the permission and the point's version again.
 */
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Check, RotateCcw } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";
import { CommentDialog, ErrorLine } from "@/components/forms/comment-dialog";
import { reopenDataQualityPoint, resolveDataQualityPoint } from "@/lib/data-quality/actions";

export function ResolvePoint({ id, version, resolved }: { id: number; version: number; resolved: boolean }) {
  const t = useTranslations("dataQuality");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function reopen() {
    setError(null);
    startTransition(async () => {
      const result = await reopenDataQualityPoint({ id, version });
      if (!result.ok) setError(result.message);
      else router.refresh();
    });
  }

  if (resolved) {
    return (
      <div className="flex flex-col gap-1">
        <Button size="sm" variant="outline" onClick={reopen} disabled={pending} className="self-start">
          <RotateCcw aria-hidden className="size-4" />
          {t("reopen")}
        </Button>
        <ErrorLine messageKey={error} />
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-1">
      <CommentDialog
        trigger={
          <Button size="sm" className="self-start">
            <Check aria-hidden className="size-4" />
            {t("resolve")}
          </Button>
        }
        title={t("resolveTitle")}
        label={t("resolutionNote")}
        cancelLabel={t("cancel")}
        confirmLabel={t("resolveConfirm")}
        commentField="note"
        send={(note) => resolveDataQualityPoint({ id, version, note })}
      />
    </div>
  );
}
