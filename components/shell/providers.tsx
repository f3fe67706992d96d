"use client";

import { DirectionProvider } from "@/components/ui/direction-provider";
import { TooltipProvider } from "@/components/ui/tooltip";
import { Toaster } from "sonner";

/** Client-side context for every page: reading direction for Radix primitives, tooltips, toasts (sonner). */
export function Providers({ dir, children }: { dir: "ltr" | "rtl"; children: React.ReactNode }) {
  return (
    <DirectionProvider dir={dir}>
      <TooltipProvider delayDuration={300}>{children}</TooltipProvider>
      <Toaster dir={dir} position={dir === "rtl" ? "bottom-left" : "bottom-right"} richColors closeButton />
    </DirectionProvider>
  );
}
