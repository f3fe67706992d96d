"use client";

/**
 * A labelled select for GET filter forms; "all" is left out of the URL by the form. The browser's
 * own select (styled as the app's inputs): a filter needs no custom list, it works with the
 * keyboard and in RTL as every select does, and list pages do not load Radix Select for it.
 */
import { useId } from "react";
import { Label } from "@/components/ui/label";
import type { Option } from "@/components/forms/fields";
import { cn } from "@/lib/utils";

/** The value that stands for "no filter" (a GET form disables it before submitting). */
export const ALL = "__all__";

export function FilterSelect({
  name,
  label,
  value,
  options,
  allLabel,
  className,
}: {
  name: string;
  label: string;
  value?: string;
  options: Option[];
  allLabel: string;
  /** Places the field in the filter form's layout (a minimum width in a wrapping row). */
  className?: string;
}) {
  const id = useId();
  return (
    <div className={cn("grid gap-1.5", className)}>
      <Label htmlFor={id}>{label}</Label>
      <select
        id={id}
        name={name}
        defaultValue={value ?? ALL}
        data-slot="native-select"
        className="h-9 w-full min-w-0 rounded-md border border-input bg-transparent px-3 py-1 text-sm shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 dark:bg-input/30"
      >
        <option value={ALL}>{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** onSubmit for GET filter forms: leaves "all" and empty fields out of the URL. */
export function dropEmptyFields(event: React.FormEvent<HTMLFormElement>) {
  for (const element of Array.from(event.currentTarget.elements)) {
    const field = element as HTMLInputElement | HTMLSelectElement;
    if (field.name && (field.value === "" || field.value === ALL)) field.disabled = true;
  }
}
