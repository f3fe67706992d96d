"use client";

import * as React from "react";

import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";

/**
 * An action that asks first: `trigger` (a Button, rendered as the dialog's trigger) opens an
 * AlertDialog with `title`, `description`, a Cancel button and the confirming button. Radix traps
 * the focus inside, starts it on Cancel, and closes the dialog on Escape, on Cancel and on confirm;
 * call `event.preventDefault()` in `onConfirm` to keep it open (e.g. to show a refusal inside it,
 * passed as `children`, between the description and the buttons). Every string is the caller's,
 * already translated.
 */
function ConfirmDialog({
  trigger,
  title,
  description,
  cancelLabel,
  confirmLabel,
  confirmVariant,
  onConfirm,
  children,
}: {
  trigger: React.ReactNode;
  title: React.ReactNode;
  description: React.ReactNode;
  cancelLabel: React.ReactNode;
  confirmLabel: React.ReactNode;
  /** `destructive` when the action deletes or cannot be undone. */
  confirmVariant?: React.ComponentProps<typeof AlertDialogAction>["variant"];
  onConfirm: (event: React.MouseEvent<HTMLButtonElement>) => void;
  children?: React.ReactNode;
}) {
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>{trigger}</AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        {children}
        <AlertDialogFooter>
          <AlertDialogCancel>{cancelLabel}</AlertDialogCancel>
          <AlertDialogAction variant={confirmVariant} onClick={onConfirm}>
            {confirmLabel}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}

export { ConfirmDialog };
