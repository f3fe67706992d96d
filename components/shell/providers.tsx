"use client";

import { DirectionProvider } from "@/components/ui/direction-provider";
import { LazyToaster } from "@/components/shell/toaster";

/**
 * Client-side context for every page: reading direction for Radix primitives, and the toast area
 * (sonner, loaded with the first toast). Tooltips bring their own provider (components/ui/tooltip.tsx).
 */
export function Providers({ dir, children }: { dir: "ltr" | "rtl"; children: React.ReactNode }) {
  return (
    <DirectionProvider dir={dir}>
      {children}
      <LazyToaster dir={dir} />
    </DirectionProvider>
  );
}
