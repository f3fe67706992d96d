"use client";

import * as React from "react";
import { Tooltip as TooltipPrimitive } from "radix-ui";

/**
 * The delay before any tooltip below opens (shadcn's default 0 ms; the app's providers pass their
 * own). The Tooltip parts themselves are added back from shadcn/ui when a screen needs one.
 */
function TooltipProvider({
  delayDuration = 0,
  ...props
}: React.ComponentProps<typeof TooltipPrimitive.Provider>) {
  return (
    <TooltipPrimitive.Provider
      data-slot="tooltip-provider"
      delayDuration={delayDuration}
      {...props}
    />
  );
}

export { TooltipProvider };
