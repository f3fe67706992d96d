"use client";

import * as React from "react";
import { Dialog as DialogPrimitive } from "radix-ui";
import { XIcon } from "@/components/ui/icons";
import { useTranslations } from "next-intl";

import { cn } from "@/lib/utils";
import { modalClasses } from "@/components/ui/modal-classes";
import { slotted } from "@/components/ui/slotted";

const Dialog = slotted(DialogPrimitive.Root, "dialog");

const DialogTrigger = slotted(DialogPrimitive.Trigger, "dialog-trigger");

const DialogPortal = slotted(DialogPrimitive.Portal, "dialog-portal");

const DialogClose = slotted(DialogPrimitive.Close, "dialog-close");

const DialogOverlay = slotted(DialogPrimitive.Overlay, "dialog-overlay", modalClasses.overlay);

/**
 * Centred in both directions (modalClasses.centredContent). `closeLabel` is the screen-reader
 * name of the close button; without it, `shell.close` in the reader's language ("إغلاق", "Fermer").
 */
function DialogContent({
  className,
  children,
  showCloseButton = true,
  closeLabel,
  ...props
}: React.ComponentProps<typeof DialogPrimitive.Content> & {
  showCloseButton?: boolean;
  closeLabel?: string;
}) {
  const t = useTranslations("shell");
  return (
    <DialogPortal>
      <DialogOverlay />
      <DialogPrimitive.Content
        data-slot="dialog-content"
        className={cn(modalClasses.centredContent, className)}
        {...props}
      >
        {children}
        {showCloseButton && (
          <DialogPrimitive.Close
            data-slot="dialog-close"
            className="absolute end-4 top-4 rounded-xs opacity-70 ring-offset-background transition-opacity hover:opacity-100 focus:ring-2 focus:ring-ring focus:ring-offset-2 focus:outline-hidden disabled:pointer-events-none data-[state=open]:bg-accent data-[state=open]:text-muted-foreground [&_svg]:pointer-events-none [&_svg]:shrink-0 [&_svg:not([class*='size-'])]:size-4"
          >
            <XIcon aria-hidden="true" />
            <span className="sr-only">{closeLabel ?? t("close")}</span>
          </DialogPrimitive.Close>
        )}
      </DialogPrimitive.Content>
    </DialogPortal>
  );
}

const DialogHeader = slotted("div", "dialog-header", modalClasses.header);

const DialogFooter = slotted("div", "dialog-footer", modalClasses.footer);

const DialogTitle = slotted(DialogPrimitive.Title, "dialog-title", "text-lg leading-none font-semibold");

const DialogDescription = slotted(DialogPrimitive.Description, "dialog-description", modalClasses.description);

export {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
};
