"use client";

/**
 * A Radix Select bound to a react-hook-form string field, in its own module: forms that use only
 * the browser's select (NativeSelectField, components/forms/fields.tsx) do not load Radix Select.
 */
import { Controller, type FieldValues } from "react-hook-form";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { FieldShell, useFieldState, type FieldProps, type Option } from "@/components/forms/fields";

/** Radix Select cannot hold "" as an item value: this stands for "none chosen". */
export const NONE = "__none__";

/**
 * A Radix Select bound to a string field. `emptyLabel` adds a "none" choice stored as "".
 */
export function SelectField<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  className,
  required,
  options,
  emptyLabel,
  placeholder,
  intercept,
}: FieldProps<T> & {
  options: Option[];
  emptyLabel?: string;
  placeholder?: string;
  /** Called before a choice is stored; return false to keep the field as it is. */
  intercept?: (value: string) => boolean;
}) {
  const { id, error, describedBy } = useFieldState(form, name);
  return (
    <FieldShell id={id} label={label} required={required} hint={hint} error={error} className={className}>
      <Controller
        control={form.control}
        name={name}
        render={({ field }) => (
          <Select
            value={field.value ? String(field.value) : emptyLabel ? NONE : ""}
            onValueChange={(value) => {
              if (intercept && !intercept(value)) return;
              field.onChange(value === NONE ? "" : value);
            }}
          >
            <SelectTrigger id={id} aria-invalid={!!error} aria-describedby={describedBy} onBlur={field.onBlur} ref={field.ref} className="w-full">
              <SelectValue placeholder={placeholder} />
            </SelectTrigger>
            <SelectContent>
              {emptyLabel && <SelectItem value={NONE}>{emptyLabel}</SelectItem>}
              {options.map((option) => (
                <SelectItem key={option.value} value={option.value}>
                  {option.label}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        )}
      />
    </FieldShell>
  );
}
