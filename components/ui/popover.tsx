"use client";

import * as React from "react";
import { Popover as PopoverPrimitive } from "radix-ui";

import { cn } from "@/lib/utils";
import { slotted } from "@/components/ui/slotted";

const Popover = slotted(PopoverPrimitive.Root, "popover");

const PopoverTrigger = slotted(PopoverPrimitive.Trigger, "popover-trigger");

function PopoverContent({
  className,
  sideOffset = 4,
  ...props
}: React.ComponentProps<typeof PopoverPrimitive.Content>) {
  return (
    <PopoverPrimitive.Portal>
      <PopoverPrimitive.Content
        data-slot="popover-content"
        sideOffset={sideOffset}
        className={cn(
          "z-50 w-72 origin-(--radix-popover-content-transform-origin) rounded-md border bg-popover p-4 text-popover-foreground shadow-md outline-hidden",
          className,
        )}
        {...props}
      />
    </PopoverPrimitive.Portal>
  );
}

/**
 * A popover opened by a button that is not its Radix trigger: `anchor`, a button of the page that
 * stays where it is while the popover's code loads on first use (the pickers,
 * components/forms/combobox-field.tsx and async-combobox-field.tsx). The button owns `open` and
 * its aria attributes; the popover behaves as a trigger's would: placed against the anchor,
 * pressing the anchor while it is open closes it (instead of closing and reopening it), and on
 * close focus goes back to the anchor unless the user clicked or moved elsewhere.
 */
function AnchoredPopover({
  anchor,
  open,
  onOpenChange,
  onInteractOutside,
  onCloseAutoFocus,
  ...content
}: React.ComponentProps<typeof PopoverContent> & {
  anchor: React.RefObject<HTMLElement | null>;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const leftOutside = React.useRef(false);
  return (
    <PopoverPrimitive.Root open={open} onOpenChange={onOpenChange}>
      <PopoverPrimitive.Anchor virtualRef={anchor as React.RefObject<HTMLElement>} />
      <PopoverContent
        {...content}
        onInteractOutside={(event) => {
          onInteractOutside?.(event);
          if (anchor.current?.contains(event.target as Node)) event.preventDefault();
          else if (!event.defaultPrevented) leftOutside.current = true;
        }}
        onCloseAutoFocus={(event) => {
          onCloseAutoFocus?.(event);
          event.preventDefault();
          if (!leftOutside.current) anchor.current?.focus();
          leftOutside.current = false;
        }}
      />
    </PopoverPrimitive.Root>
  );
}

export { AnchoredPopover, Popover, PopoverContent, PopoverTrigger };
