import { slotted } from "@/components/ui/slotted";

/**
 * The browser's own `<select>`, styled like the inputs (shadcn/ui's native-select): the phone's
 * picker on phones, the platform's keys everywhere, the page's direction in Arabic, and no script
 * to load. Used for every fixed list of choices; lists of records are the async comboboxes.
 */
const NativeSelect = slotted(
  "select",
  "native-select",
  [
    "h-9 w-full min-w-0 rounded-md border border-input bg-transparent px-3 py-1 text-sm shadow-xs outline-none disabled:cursor-not-allowed disabled:opacity-50 dark:bg-input/30",
    "focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50",
    "aria-invalid:border-destructive aria-invalid:ring-destructive/20 dark:aria-invalid:ring-destructive/40",
  ].join(" "),
);

export { NativeSelect };
