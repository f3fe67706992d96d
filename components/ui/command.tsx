"use client";

/**
 * Command menu primitives over cmdk (shadcn/ui v4 style): a search input and a listbox of items
 * that cmdk navigates by keyboard (arrows, Home/End, Enter) and exposes with the ARIA combobox
 * pattern. Used by the record pickers (components/forms/async-combobox-field.tsx) and the global
 * search. Pass `shouldFilter={false}` to `Command` when the server already chose the items.
 * Visible strings (CommandDialog's title and description, placeholders) come from the messages.
 */
import * as React from "react";
import { Command as CommandPrimitive } from "cmdk";
import { SearchIcon } from "@/components/ui/icons";

import { cn } from "@/lib/utils";
import { slotted } from "@/components/ui/slotted";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";

const Command = slotted(
  CommandPrimitive,
  "command",
  "flex h-full w-full flex-col overflow-hidden rounded-md bg-popover text-popover-foreground",
);

/** The command menu in a dialog. `title` and `description` are read by screen readers only. */
function CommandDialog({
  title,
  description,
  children,
  className,
  showCloseButton = true,
  closeLabel,
  commandProps,
  ...props
}: React.ComponentProps<typeof Dialog> & {
  title: string;
  description: string;
  className?: string;
  showCloseButton?: boolean;
  closeLabel?: string;
  commandProps?: React.ComponentProps<typeof CommandPrimitive>;
}) {
  return (
    <Dialog {...props}>
      <DialogHeader className="sr-only">
        <DialogTitle>{title}</DialogTitle>
        <DialogDescription>{description}</DialogDescription>
      </DialogHeader>
      <DialogContent
        className={cn("overflow-hidden p-0", className)}
        showCloseButton={showCloseButton}
        closeLabel={closeLabel}
      >
        <Command
          {...commandProps}
          className={cn(
            "**:data-[slot=command-input-wrapper]:h-12 [&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:font-medium [&_[cmdk-group-heading]]:text-muted-foreground [&_[cmdk-group]]:px-2 [&_[cmdk-group]:not([hidden])_~[cmdk-group]]:pt-0 [&_[cmdk-input-wrapper]_svg]:h-5 [&_[cmdk-input-wrapper]_svg]:w-5 [&_[cmdk-input]]:h-12 [&_[cmdk-item]]:px-2 [&_[cmdk-item]]:py-3 [&_[cmdk-item]_svg]:h-5 [&_[cmdk-item]_svg]:w-5",
            commandProps?.className,
          )}
        >
          {children}
        </Command>
      </DialogContent>
    </Dialog>
  );
}

function CommandInput({ className, ...props }: React.ComponentProps<typeof CommandPrimitive.Input>) {
  return (
    <div data-slot="command-input-wrapper" className="flex h-9 items-center gap-2 border-b px-3">
      <SearchIcon aria-hidden className="size-4 shrink-0 opacity-50" />
      <CommandPrimitive.Input
        data-slot="command-input"
        dir="auto"
        className={cn(
          "flex h-10 w-full rounded-md bg-transparent py-3 text-sm outline-hidden placeholder:text-muted-foreground disabled:cursor-not-allowed disabled:opacity-50",
          className,
        )}
        {...props}
      />
    </div>
  );
}

const CommandList = slotted(
  CommandPrimitive.List,
  "command-list",
  "max-h-[300px] scroll-py-1 overflow-x-hidden overflow-y-auto",
);

const CommandEmpty = slotted(CommandPrimitive.Empty, "command-empty", "py-6 text-center text-sm");

const CommandLoading = slotted(CommandPrimitive.Loading, "command-loading", "px-2 py-1.5 text-sm text-muted-foreground");

const CommandGroup = slotted(
  CommandPrimitive.Group,
  "command-group",
  "overflow-hidden p-1 text-foreground [&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:py-1.5 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-medium [&_[cmdk-group-heading]]:text-muted-foreground",
);

const CommandItem = slotted(
  CommandPrimitive.Item,
  "command-item",
  "relative flex cursor-default items-center gap-2 rounded-sm px-2 py-1.5 text-sm outline-hidden select-none data-[disabled=true]:pointer-events-none data-[disabled=true]:opacity-50 data-[selected=true]:bg-accent data-[selected=true]:text-accent-foreground [&_svg]:pointer-events-none [&_svg]:shrink-0 [&_svg:not([class*='size-'])]:size-4 [&_svg:not([class*='text-'])]:text-muted-foreground",
);

export { Command, CommandDialog, CommandInput, CommandList, CommandEmpty, CommandLoading, CommandGroup, CommandItem };
