"use client";

/**
 * The dialog of components/forms/comment-dialog.tsx, loaded when its trigger is first pressed
 * (it mounts opened): the comment is asked, required, kept as typed when the server refuses.
 */
import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { ErrorLine, type CommentDialogProps } from "@/components/forms/comment-dialog";

/** The decision's dialog, opened at once, with `trigger` as its Radix trigger from then on. */
export default function CommentDialogPanel({
  trigger,
  title,
  description,
  label,
  cancelLabel,
  confirmLabel,
  commentField,
  send,
}: CommentDialogProps) {
  const router = useRouter();
  const commentId = useId();
  const [pending, startTransition] = useTransition();
  const [open, setOpen] = useState(true);
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
