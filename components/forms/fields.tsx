"use client";

/**
 * Form fields bound to react-hook-form: a visible label, `aria-invalid` on the control, the error
 * (a message key, shown in the user's language) tied by `aria-describedby`. Fixed choices are the
 * browser's own select (NativeSelectField); lists of records are the comboboxes
 * (components/forms/combobox-field.tsx, async-combobox-field.tsx).
 */
import { useId } from "react";
import { get, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { cn } from "@/lib/utils";
import { useErrorText } from "@/components/forms/error-text";

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
 * The browser's own select bound to a string field (registered with `form.register`), styled as
 * the app's inputs: for a plain choice among a few options, it works with the keyboard, in RTL
 * and on phones as every select does, and loads no list code. `emptyLabel` adds a "none" choice
 * stored as ""; without it, `placeholder` names the empty value until a choice is made.
 */
export function NativeSelectField<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  className,
  required,
  options,
  emptyLabel,
  placeholder,
}: FieldProps<T> & { options: Option[]; emptyLabel?: string; placeholder?: string }) {
  const { id, error, describedBy } = useFieldState(form, name);
  return (
    <FieldShell id={id} label={label} required={required} hint={hint} error={error} className={className}>
      <NativeSelect id={id} aria-invalid={!!error} aria-describedby={describedBy} aria-required={required} {...form.register(name)}>
        {emptyLabel ? <option value="">{emptyLabel}</option> : <option value="" disabled hidden>{placeholder ?? ""}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </NativeSelect>
    </FieldShell>
  );
}
