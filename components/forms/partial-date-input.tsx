"use client";

/**
 * The date input (components/forms/date-input.tsx: typed the Moroccan way, with its picker) bound
 * to react-hook-form: `DateField` to a string field holding a partial ISO date, `PartialDateField`
 * to a `{ precision, value }` field.
 */
import { useId, useState } from "react";
import { Controller, get, type FieldValues, type Path, type PathValue, type UseFormReturn } from "react-hook-form";
import { FieldShell, useErrorText } from "@/components/forms/fields";
import { dateRefusal, PartialDateInput } from "@/components/forms/date-input";
import type { DatePrecision } from "@/lib/dates/partial-date";
import { cn } from "@/lib/utils";

type FieldProps<T extends FieldValues> = {
  form: UseFormReturn<T>;
  name: Path<T>;
  label: string;
  hint?: string;
  className?: string;
  required?: boolean;
  /** Called with the precision recognised in what was typed (the meeting form keeps it). */
  onPrecision?: (precision: DatePrecision) => void;
};

/** The date input bound to a react-hook-form string field holding a partial ISO date. */
export function DateField<T extends FieldValues>({ form, name, label, hint, className, required, onPrecision }: FieldProps<T>) {
  const id = useId();
  const errorText = useErrorText();
  // What was typed and refused (impossible, unreadable) says why, even after the form's own check
  // replaced the field's error with the schema's general one.
  const [typedRefusal, setTypedRefusal] = useState<string | undefined>();
  const formError = (get(form.formState.errors, name) as { message?: string } | undefined)?.message;
  const error = errorText(formError ? (typedRefusal ?? formError) : typedRefusal);
  return (
    <FieldShell id={id} label={label} required={required} hint={hint ?? undefined} error={error} className={cn("min-w-0", className)}>
      <Controller
        control={form.control}
        name={name}
        render={({ field }) => (
          <PartialDateInput
            id={id}
            label={label}
            value={(field.value as string | undefined) ?? ""}
            required={required}
            invalid={!!error}
            describedBy={error ? `${id}-error` : undefined}
            onBlur={field.onBlur}
            onChange={(change) => {
              field.onChange(change.value);
              const key = dateRefusal(change);
              setTypedRefusal(key);
              if (!key && formError) form.clearErrors(name);
              if (change.precision) onPrecision?.(change.precision);
            }}
          />
        )}
      />
    </FieldShell>
  );
}

/**
 * The date input bound to a `{ precision, value }` field (lib/dates/partial-date-input.ts
 * `partialDateInputSchema`): the precision is the one recognised in what was typed.
 */
export function PartialDateField<T extends FieldValues>({ form, name, label, hint, className, required }: FieldProps<T>) {
  const precisionPath = `${name}.precision` as Path<T>;
  return (
    <DateField
      form={form}
      name={`${name}.value` as Path<T>}
      label={label}
      hint={hint}
      className={className}
      required={required}
      onPrecision={(precision) => form.setValue(precisionPath, precision as PathValue<T, Path<T>>)}
    />
  );
}
