"use client";

import { Printer } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog (the page's print CSS lays it out on A4). */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" onClick={() => window.print()}>
      <Printer aria-hidden className="size-4" />
      {label}
    </Button>
  );
}
