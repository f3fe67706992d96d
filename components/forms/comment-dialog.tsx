"use client";

/**
 * A decision that needs a comment (a record sent back to staff, a data-quality point resolved):
 * the comment is asked in a dialog, required, kept as typed when the server refuses; a refusal on
 * the comment shows under it, any other refusal under the dialog's fields (and beside the trigger
 * once the dialog is closed). On success the dialog closes and the page is refreshed.
 */
import { useId, useState, useTransition, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/write/run-mutation";

/** An `errors.*` message key as an alert line ("failed" for a key the messages do not have). */
export function ErrorLine({ messageKey, id }: { messageKey: string | null; id?: string }) {
  const te = useTranslations("errors");
  if (!messageKey) return null;
  return (
    <p id={id} role="alert" className="text-sm font-medium text-destructive">
      {te.has(messageKey) ? te(messageKey) : te("failed")}
    </p>
  );
}

export function CommentDialog({
  trigger,
  title,
  description,
  label,
  cancelLabel,
  confirmLabel,
  commentField,
  send,
}: {
  /** The button that opens the dialog. */
  trigger: ReactNode;
  title: string;
  description?: ReactNode;
  /** The comment's label. */
  label: string;
  cancelLabel: string;
  confirmLabel: string;
  /** The comment's name in the action's field errors ("comment", "note"). */
  commentField: string;
  /** Sends the decision with the comment as typed. */
  send: (comment: string) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const commentId = useId();
  const [pending, startTransition] = useTransition();
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState("");
  const [commentError, setCommentError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  function confirm() {
    setError(null);
    setCommentError(null);
    startTransition(async () => {
      const result = await send(comment);
      if (!result.ok) {
        const key = result.fieldErrors?.[commentField]?.[0];
        if (key) setCommentError(key);
        else setError(result.message);
        return;
      }
      setOpen(false);
      router.refresh();
    });
  }

  return (
    <>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger asChild>{trigger}</DialogTrigger>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>{title}</DialogTitle>
            {description && <DialogDescription>{description}</DialogDescription>}
          </DialogHeader>
          <div className="grid gap-1.5">
            <Label htmlFor={commentId}>
              {label}
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
            <ErrorLine messageKey={commentError} id={`${commentId}-error`} />
            <ErrorLine messageKey={error} />
          </div>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="ghost">{cancelLabel}</Button>
            </DialogClose>
            <Button onClick={confirm} disabled={pending}>
              {confirmLabel}
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
      {!open && <ErrorLine messageKey={error} />}
    </>
  );
}
