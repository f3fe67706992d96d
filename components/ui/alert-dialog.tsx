"use client";

import * as React from "react";
import { AlertDialog as AlertDialogPrimitive } from "radix-ui";

import { cn } from "@/lib/utils";
import { Button } from "@/components/ui/button";
import { modalClasses } from "@/components/ui/modal-classes";
import { slotted } from "@/components/ui/slotted";

const AlertDialog = slotted(AlertDialogPrimitive.Root, "alert-dialog");

const AlertDialogTrigger = slotted(AlertDialogPrimitive.Trigger, "alert-dialog-trigger");

const AlertDialogPortal = slotted(AlertDialogPrimitive.Portal, "alert-dialog-portal");

const AlertDialogOverlay = slotted(AlertDialogPrimitive.Overlay, "alert-dialog-overlay", modalClasses.overlay);

/** Centred in both reading directions (modalClasses.centredContent). */
function AlertDialogContent({
  className,
  ...props
}: React.ComponentProps<typeof AlertDialogPrimitive.Content>) {
  return (
    <AlertDialogPortal>
      <AlertDialogOverlay />
      <AlertDialogPrimitive.Content
        data-slot="alert-dialog-content"
        className={cn(modalClasses.centredContent, className)}
        {...props}
      />
    </AlertDialogPortal>
  );
}

const AlertDialogHeader = slotted("div", "alert-dialog-header", modalClasses.header);

const AlertDialogFooter = slotted("div", "alert-dialog-footer", modalClasses.footer);

const AlertDialogTitle = slotted(AlertDialogPrimitive.Title, "alert-dialog-title", "text-lg font-semibold");

const AlertDialogDescription = slotted(
  AlertDialogPrimitive.Description,
  "alert-dialog-description",
  modalClasses.description,
);

type ButtonLook = Pick<React.ComponentProps<typeof Button>, "variant" | "size">;

/**
 * The dialog's two closing buttons: a Button (its variant and size) rendered as the Radix
 * `Action` or `Cancel`, which closes the dialog when pressed.
 */
function closingButton<T extends typeof AlertDialogPrimitive.Action | typeof AlertDialogPrimitive.Cancel>(
  Primitive: T,
  slot: string,
  defaultVariant: ButtonLook["variant"],
) {
  const Element = Primitive as React.ElementType;
  function AlertDialogButton({ variant = defaultVariant, size = "default", ...props }: React.ComponentProps<T> & ButtonLook) {
    return (
      <Button variant={variant} size={size} asChild>
        <Element data-slot={slot} {...props} />
      </Button>
    );
  }
  return AlertDialogButton;
}

/** A confirming button; pass `variant="destructive"` when the action deletes or cannot be undone. */
const AlertDialogAction = closingButton(AlertDialogPrimitive.Action, "alert-dialog-action", "default");

const AlertDialogCancel = closingButton(AlertDialogPrimitive.Cancel, "alert-dialog-cancel", "outline");

/**
 * An action that asks first: `trigger` (a Button, rendered as the dialog's trigger) opens an
 * AlertDialog with `title`, `description`, a Cancel button and the confirming button. Radix traps
 * the focus inside, starts it on Cancel, and closes the dialog on Escape, on Cancel and on confirm;
 * call `event.preventDefault()` in `onConfirm` to keep it open (e.g. to show a refusal inside it,
 * passed as `children`, between the description and the buttons). Every string is the caller's,
 * already translated. Pages use it through components/ui/confirm-dialog.tsx, which loads this
 * module on first use (`defaultOpen`: the dialog mounts opened).
 */
function ConfirmDialog({
  defaultOpen,
  trigger,
  title,
  description,
  cancelLabel,
  confirmLabel,
  confirmVariant,
  onConfirm,
  children,
}: {
  defaultOpen?: boolean;
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
    <AlertDialog defaultOpen={defaultOpen}>
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

export {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
  ConfirmDialog,
};
