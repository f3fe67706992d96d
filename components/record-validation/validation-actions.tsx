"use client";

/**
 * A supervisor's two decisions on a record: validate it, or send it back to staff with a comment
 * (required; asked in a dialog). The server action checks the permission and the version again.
 */
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Check, Undo2 } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";
import { CommentDialog, ErrorLine } from "@/components/forms/comment-dialog";
import { decideValidation } from "@/lib/record-validation/actions";
import type { ValidationEntityType } from "@/lib/record-validation/schema";
import { RecordText } from "@/components/ui/record-text";

export function ValidationActions({
  entityType,
  id,
  version,
  recordName,
}: {
  entityType: ValidationEntityType;
  id: number;
  version: number;
  /** The record's name, so that each button says which record it acts on. */
  recordName: string;
}) {
  const t = useTranslations("validation");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function validate() {
    setError(null);
    startTransition(async () => {
      const result = await decideValidation({ entityType, id, version, decision: "validate", comment: "" });
      if (!result.ok) setError(result.message);
      else router.refresh();
    });
  }

  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap gap-2">
        <Button size="sm" onClick={validate} disabled={pending} aria-label={t("validateRecord", { name: recordName })}>
          <Check aria-hidden className="size-4" />
          {t("validate")}
        </Button>
        <CommentDialog
          trigger={
            <Button size="sm" variant="outline" disabled={pending} aria-label={t("sendBackRecord", { name: recordName })}>
              <Undo2 aria-hidden className="size-4 rtl:-scale-x-100" />
              {t("sendBack")}
            </Button>
          }
          title={t("sendBackTitle")}
          description={<RecordText text={recordName} />}
          label={t("comment")}
          cancelLabel={t("cancel")}
          confirmLabel={t("sendBackConfirm")}
          commentField="comment"
          send={(comment) => decideValidation({ entityType, id, version, decision: "send_back", comment })}
        />
      </div>
      <ErrorLine messageKey={error} />
    </div>
  );
}
