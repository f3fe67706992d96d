import * as React from "react";

import { cn } from "@/lib/utils";
import { slotted } from "@/components/ui/slotted";

/**
 * A table that scrolls within its own box when too wide. `stack` (the default) turns each row into
 * a stacked card below 768 px (see app/globals.css `[data-stack]`), so that a phone never scrolls
 * the page sideways; pass `stack={false}` for a table that must keep its grid.
 */
function Table({ className, stack = true, ...props }: React.ComponentProps<"table"> & { stack?: boolean }) {
  return (
    <div data-slot="table-container" className="relative w-full overflow-x-auto">
      <table
        data-slot="table"
        data-stack={stack ? "" : undefined}
        className={cn("w-full caption-bottom text-sm", className)}
        {...props}
      />
    </div>
  );
}

const TableHeader = slotted("thead", "table-header", "[&_tr]:border-b");

const TableBody = slotted("tbody", "table-body", "[&_tr:last-child]:border-0");

const TableRow = slotted("tr", "table-row", "border-b transition-colors hover:bg-muted/50 data-[state=selected]:bg-muted");

/** Header and body cells share the checkbox alignment (a row's select box sits on the text line). */
const checkboxCell = "[&:has([role=checkbox])]:pe-0 [&>[role=checkbox]]:translate-y-[2px]";

const TableHead = slotted(
  "th",
  "table-head",
  `h-10 px-2 text-start align-middle font-medium whitespace-nowrap text-foreground ${checkboxCell}`,
);

const TableCell = slotted("td", "table-cell", `p-2 align-middle whitespace-nowrap ${checkboxCell}`);

export { Table, TableBody, TableCell, TableHead, TableHeader, TableRow };
