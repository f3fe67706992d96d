"use client";

/** A labelled Radix select for GET filter forms; "all" is left out of the URL by the form. */
import { useId } from "react";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
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
      <Select name={name} defaultValue={value ?? ALL}>
        <SelectTrigger id={id} className="w-full">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          <SelectItem value={ALL}>{allLabel}</SelectItem>
          {options.map((o) => (
            <SelectItem key={o.value} value={o.value}>
              {o.label}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
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
