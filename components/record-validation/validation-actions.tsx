"use client";

/**
 * A supervisor's two decisions on a record: validate it, or send it back to staff with a comment
 * (required; asked in a dialog). The server action checks the permission and the version again.
 */
import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Check, Undo2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { decideValidation } from "@/lib/record-validation/actions";
import type { ValidationDecision, ValidationEntityType } from "@/lib/record-validation/schema";

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
  const te = useTranslations("errors");
  const router = useRouter();
  const commentId = useId();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [commentError, setCommentError] = useState<string | null>(null);
  const [comment, setComment] = useState("");
  const [open, setOpen] = useState(false);

  function decide(decision: ValidationDecision) {
    setError(null);
    setCommentError(null);
    startTransition(async () => {
      const result = await decideValidation({ entityType, id, version, decision, comment: decision === "send_back" ? comment : "" });
      if (!result.ok) {
        const key = result.fieldErrors?.comment?.[0];
        if (key) setCommentError(key);
        else setError(result.message);
        return;
      }
      setOpen(false);
      router.refresh();
    });
  }

  const errorText = (key: string) => (te.has(key) ? te(key) : te("failed"));
  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap gap-2">
        <Button size="sm" onClick={() => decide("validate")} disabled={pending} aria-label={t("validateRecord", { name: recordName })}>
          <Check aria-hidden className="size-4" />
          {t("validate")}
        </Button>
        <Dialog open={open} onOpenChange={setOpen}>
          <DialogTrigger asChild>
            <Button size="sm" variant="outline" disabled={pending} aria-label={t("sendBackRecord", { name: recordName })}>
              <Undo2 aria-hidden className="size-4 rtl:-scale-x-100" />
              {t("sendBack")}
            </Button>
          </DialogTrigger>
          <DialogContent>
            <DialogHeader>
              <DialogTitle>{t("sendBackTitle")}</DialogTitle>
              <DialogDescription>
                <bdi>{recordName}</bdi>
              </DialogDescription>
            </DialogHeader>
            <div className="grid gap-1.5">
              <Label htmlFor={commentId}>
                {t("comment")}
                <span aria-hidden className="text-destructive">
                  *
                </span>
              </Label>
              <Textarea
                id={commentId}
                value={comment}
                onChange={(event) => setComment(event.target.value)}
                aria-invalid={!!commentError}
                aria-describedby={commentError ? `${commentId}-error` : undefined}
                aria-required
                dir="auto"
                rows={4}
              />
              {commentError && (
                <p id={`${commentId}-error`} role="alert" className="text-sm font-medium text-destructive">
                  {errorText(commentError)}
                </p>
              )}
              {error && (
                <p role="alert" className="text-sm font-medium text-destructive">
                  {errorText(error)}
                </p>
              )}
            </div>
            <DialogFooter>
              <DialogClose asChild>
                <Button variant="ghost">{t("cancel")}</Button>
              </DialogClose>
              <Button onClick={() => decide("send_back")} disabled={pending}>
                {t("sendBackConfirm")}
              </Button>
            </DialogFooter>
          </DialogContent>
        </Dialog>
      </div>
      {error && !open && (
        <p role="alert" className="text-sm font-medium text-destructive">
          {errorText(error)}
        </p>
      )}
    </div>
  );
}
