"use client";

/**
 * A panel that slides in from an edge, over Radix Dialog (shadcn/ui v4's Sheet). Sides are logical:
 * `start` is the right edge in Arabic and the left edge in French, so the navigation opens from where
 * the reader's line begins. Focus is trapped inside while open; Escape closes it and Radix returns
 * focus to the trigger.
 */
import * as React from "react";
import { Dialog as SheetPrimitive } from "radix-ui";
import { XIcon } from "@/components/ui/icons";
import { useTranslations } from "next-intl";

import { cn } from "@/lib/utils";
import { modalClasses } from "@/components/ui/modal-classes";
import { slotted } from "@/components/ui/slotted";

const Sheet = slotted(SheetPrimitive.Root, "sheet");

const SheetTrigger = slotted(SheetPrimitive.Trigger, "sheet-trigger");

const SheetClose = slotted(SheetPrimitive.Close, "sheet-close");

const SheetPortal = slotted(SheetPrimitive.Portal, "sheet-portal");

const SheetOverlay = slotted(SheetPrimitive.Overlay, "sheet-overlay", modalClasses.overlay);

/** `closeLabel` is the screen-reader name of the close button; without it, `shell.close` in the reader's language. */
function SheetContent({
  className,
  children,
  side = "start",
  closeLabel,
  ...props
}: React.ComponentProps<typeof SheetPrimitive.Content> & {
  side?: "start" | "end" | "top" | "bottom";
  closeLabel?: string;
}) {
  const t = useTranslations("shell");
  return (
    <SheetPortal>
      <SheetOverlay />
      <SheetPrimitive.Content
        data-slot="sheet-content"
        data-side={side}
        className={cn(
          "fixed z-50 flex flex-col gap-4 overflow-y-auto bg-background shadow-lg outline-none",
          side === "start" && "inset-y-0 start-0 h-full w-3/4 max-w-xs border-e",
          side === "end" && "inset-y-0 end-0 h-full w-3/4 max-w-xs border-s",
          side === "top" && "inset-x-0 top-0 h-auto border-b",
          side === "bottom" && "inset-x-0 bottom-0 h-auto border-t",
          className,
        )}
        {...props}
      >
        {children}
        <SheetPrimitive.Close className="absolute end-3 top-3 rounded-sm p-1 opacity-70 transition-opacity hover:opacity-100 focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none">
          <XIcon className="size-4" aria-hidden />
          <span className="sr-only">{closeLabel ?? t("close")}</span>
        </SheetPrimitive.Close>
      </SheetPrimitive.Content>
    </SheetPortal>
  );
}

const SheetHeader = slotted("div", "sheet-header", "flex flex-col gap-1.5 p-4");

const SheetTitle = slotted(SheetPrimitive.Title, "sheet-title", "font-semibold text-foreground");

export { Sheet, SheetTrigger, SheetClose, SheetContent, SheetHeader, SheetTitle };
