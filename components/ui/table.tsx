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

// The parts' styles live in app/globals.css (`@layer components`, by data-slot): written once
// there instead of as a class list on every row and cell of every list's HTML.
const TableHeader = slotted("thead", "table-header");

const TableBody = slotted("tbody", "table-body");

const TableRow = slotted("tr", "table-row");

const TableHead = slotted("th", "table-head");

const TableCell = slotted("td", "table-cell");

export { Table, TableBody, TableCell, TableHead, TableHeader, TableRow };
