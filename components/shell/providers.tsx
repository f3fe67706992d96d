"use client";

import { DirectionProvider } from "@/components/ui/direction-provider";
import { TooltipProvider } from "@/components/ui/tooltip";

/** Client-side context for every page: reading direction for Radix primitives, tooltips. */
export function Providers({ dir, children }: { dir: "ltr" | "rtl"; children: React.ReactNode }) {
  return (
    <DirectionProvider dir={dir}>
      <TooltipProvider delayDuration={300}>{children}</TooltipProvider>
    </DirectionProvider>
  );
}
