"use client";

/**
 * A date typed at the precision the source gives: a precision select (day, month, year) and an
 * input of the matching kind (`date`, `month`, or a 4-digit year). The form value is
 * `{ precision, value }` (lib/dates/partial-date-input.ts `partialDateInputSchema`). Changing the precision
 * keeps what still holds (a day becomes its month, a month its year) and never invents a day.
 */
import { useId } from "react";
import { Controller, get, type FieldValues, type Path, type PathValue, type UseFormReturn } from "react-hook-form";
import { useTranslations } from "next-intl";
import { FieldError, useErrorText } from "@/components/forms/fields";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { DatePrecision } from "@/lib/dates/partial-date";
import { datePrecisions, type PartialDateInput } from "@/lib/dates/partial-date-input";
import { cn } from "@/lib/utils";

/** What a value typed at one precision becomes at another ("" when it would need a new day or month). */
export function convertPrecision(value: string, to: DatePrecision): string {
  const length = { year: 4, month: 7, day: 10 }[to];
  return value.length >= length ? value.slice(0, length) : "";
}

export const dateInputType = (precision: DatePrecision) => (precision === "day" ? "date" : precision === "month" ? "month" : "text");

export function PartialDateField<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  className,
}: {
  form: UseFormReturn<T>;
  /** Path of a `{ precision, value }` object. */
  name: Path<T>;
  label: string;
  hint?: string;
  className?: string;
}) {
  const t = useTranslations("projects.form");
  const ids = { precision: useId(), value: useId() };
  const errorText = useErrorText();
  const valuePath = `${name}.value` as Path<T>;
  const precisionPath = `${name}.precision` as Path<T>;
  const error = errorText((get(form.formState.errors, valuePath) as { message?: string } | undefined)?.message);
  return (
    <div className={cn("grid content-start gap-1.5", className)}>
      <div className="grid grid-cols-[7rem_1fr] gap-2">
        <Label htmlFor={ids.precision} className="text-xs text-muted-foreground">
          {t("precision")}
        </Label>
        <Label htmlFor={ids.value}>{label}</Label>
        <Controller
          control={form.control}
          name={precisionPath}
          render={({ field }) => (
            <Select
              value={field.value as string}
              onValueChange={(next) => {
                const current = form.getValues(name) as PartialDateInput;
                field.onChange(next);
                form.setValue(valuePath, convertPrecision(current.value, next as DatePrecision) as PathValue<T, Path<T>>, { shouldValidate: !!error });
              }}
            >
              <SelectTrigger id={ids.precision} aria-label={t("precisionOf", { field: label })} className="w-full">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {datePrecisions.map((p) => (
                  <SelectItem key={p} value={p}>
                    {t(`precisions.${p}`)}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          )}
        />
        <PrecisionInput form={form} name={name} id={ids.value} error={error} />
      </div>
      {hint && <p className="text-xs text-muted-foreground">{hint}</p>}
      <FieldError id={`${ids.value}-error`} message={error} />
    </div>
  );
}

function PrecisionInput<T extends FieldValues>({ form, name, id, error }: { form: UseFormReturn<T>; name: Path<T>; id: string; error?: string }) {
  const t = useTranslations("projects.form");
  const precision = (form.watch(`${name}.precision` as Path<T>) as DatePrecision | undefined) ?? "day";
  return (
    <Input
      id={id}
      type={dateInputType(precision)}
      inputMode={precision === "year" ? "numeric" : undefined}
      placeholder={precision === "year" ? t("yearPlaceholder") : undefined}
      maxLength={precision === "year" ? 4 : undefined}
      aria-invalid={!!error}
      aria-describedby={error ? `${id}-error` : undefined}
      {...form.register(`${name}.value` as Path<T>)}
    />
  );
}
