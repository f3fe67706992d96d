"use client";

/**
 * Form fields bound to react-hook-form: a visible label, `aria-invalid` on the control, the error
 * (a message key, shown in the user's language) tied by `aria-describedby`.
 */
import { useId } from "react";
import { Controller, get, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { cn } from "@/lib/utils";
import { useErrorText } from "@/components/forms/error-text";

/** Radix Select cannot hold "" as an item value: this stands for "none chosen". */
export const NONE = "__none__";

export { useErrorText };

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm font-medium text-destructive" role="alert">
      {message}
    </p>
  );
}

/** What every bound field takes: the form, the field's path in it, its label, hint and grid classes. */
export type FieldProps<T extends FieldValues> = {
  form: UseFormReturn<T>;
  name: Path<T>;
  label: string;
  hint?: string;
  className?: string;
  required?: boolean;
};

/**
 * A bound field's id (for its label), its error in the user's language (undefined when none) and
 * the `aria-describedby` that ties the error to the control.
 */
export function useFieldState<T extends FieldValues>(form: UseFormReturn<T>, name: Path<T>) {
  const id = useId();
  const errorText = useErrorText();
  const fieldError = get(form.formState.errors, name) as { message?: string } | undefined;
  const error = errorText(fieldError?.message);
  const describedBy = [error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return { id, error, describedBy };
}

function FieldLabel({ htmlFor, label, required }: { htmlFor: string; label: string; required?: boolean }) {
  return (
    <Label htmlFor={htmlFor}>
      {label}
      {required && (
        <span aria-hidden className="text-destructive">
          *
        </span>
      )}
    </Label>
  );
}

/**
 * A field's frame: its visible label (for the control with `id`, with a * when required) above
 * the control, then the hint and the error (id `${id}-error`, for the control's aria-describedby).
 */
export function FieldShell({
  id,
  label,
  required,
  hint,
  error,
  className,
  children,
}: {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  error?: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div className={cn("grid min-w-0 content-start gap-1.5", className)}>
      <FieldLabel htmlFor={id} label={label} required={required} />
      {children}
      {hint && <p className="text-xs text-muted-foreground">{hint}</p>}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/**
 * A field whose control is registered with `form.register(name)` (an input, a text area): the
 * frame, and the control with its id, `aria-invalid`, `aria-describedby` and the caller's own
 * attributes (`controlProps`, which may override the id), registration last.
 */
function RegisteredField<T extends FieldValues, C extends object>({
  form,
  name,
  label,
  hint,
  className,
  required,
  control: Control,
  controlProps,
}: FieldProps<T> & { control: React.ComponentType<C>; controlProps: C }) {
  const { id, error, describedBy } = useFieldState(form, name);
  return (
    <FieldShell id={id} label={label} required={required} hint={hint} error={error} className={className}>
      <Control id={id} aria-invalid={!!error} aria-describedby={describedBy} {...controlProps} {...form.register(name)} />
    </FieldShell>
  );
}

export function TextField<T extends FieldValues>({ form, name, label, hint, className, required, ...inputProps }: FieldProps<T> & Omit<React.ComponentProps<"input">, "name" | "form">) {
  const field = { form, name, label, hint, className, required };
  return <RegisteredField {...field} control={Input} controlProps={{ "aria-required": required, ...inputProps }} />;
}

export function TextareaField<T extends FieldValues>({ form, name, label, hint, className, required, ...props }: FieldProps<T> & Omit<React.ComponentProps<"textarea">, "name" | "form">) {
  const field = { form, name, label, hint, className, required };
  return <RegisteredField {...field} control={Textarea} controlProps={props} />;
}

export type Option = { value: string; label: string };

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
