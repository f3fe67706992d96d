"use client";

/**
 * A decision that needs a comment (a record sent back to staff, a data-quality point resolved):
 * the comment is asked in a dialog, required, kept as typed when the server refuses; a refusal on
 * the comment shows under it, any other refusal under the dialog's fields (and beside the trigger
 * once the dialog is closed). On success the dialog closes and the page is refreshed.
 */
import { cloneElement, lazy, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { OnFirstUse } from "@/components/ui/on-first-use";
import type { ActionResult } from "@/lib/write/run-mutation";

// The dialog (Radix Dialog, with its focus trap and scroll lock) loads when first opened.
const loadPanel = () => import("@/components/forms/comment-dialog-panel");
const CommentDialogPanel = lazy(loadPanel);

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

export type CommentDialogProps = {
  /** The button that opens the dialog (a Button element: the first-use handlers are added to it). */
  trigger: React.ReactElement<React.ComponentProps<"button">>;
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
};

/** The decision's button; its dialog loads on first use (components/ui/on-first-use.tsx). */
export function CommentDialog(props: CommentDialogProps) {
  return (
    <OnFirstUse load={loadPanel} trigger={(handlers) => cloneElement(props.trigger, { ...handlers, "aria-haspopup": "dialog", "aria-expanded": false })}>
      {() => <CommentDialogPanel {...props} />}
    </OnFirstUse>
  );
}
