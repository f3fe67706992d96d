"use client";

/**
 * The one date input of the app, the Moroccan way: a text box where the date is typed day, month,
 * year (`12/01/2026`, `04/2017`, `2016`; ISO `2026-01-12` too), its precision recognised from what
 * is typed (lib/dates/typed-date.ts), and an optional picker with the Moroccan month names (CLDR
 * ar-MA: يناير … ماي … يوليوز غشت شتنبر … نونبر دجنبر) and Latin digits. It never shows the browser's
 * mm/dd/yyyy. An unreadable or impossible date is refused in place, in the user's language, and
 * stays as typed.
 *
 * `PartialDateInput` is the bare control (value = partial ISO date, or the raw text while it does
 * not read as one); `DateFilterInput` binds it to a plain form (GET filters: a hidden input carries
 * the ISO day, the first or last of what was typed). The react-hook-form bindings are in
 * components/forms/partial-date-input.tsx: this file stays free of react-hook-form so that the
 * list pages' filters do not load it.
 */
import { lazy, Suspense, useState } from "react";
import { useTranslations } from "next-intl";
import { CalendarDays } from "@/components/ui/icons";
import { useErrorText } from "@/components/forms/error-text";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { firstDay, lastDay, parsePartialDate } from "@/lib/dates/partial-date";
import type { DatePrecision } from "@/lib/dates/partial-date";
import { formatTypedDate, parseTypedDate } from "@/lib/dates/typed-date";
import { cn } from "@/lib/utils";

/** What the control reports on each change: the value, the precision read in it, or why it was refused. */
export type DateChange = { value: string; precision: DatePrecision | null; error: "unreadable" | "impossible" | null };

export function PartialDateInput({
  id,
  value,
  onChange,
  onBlur,
  invalid,
  describedBy,
  required,
  label,
  picker = true,
  className,
  name,
}: {
  id: string;
  /** Given, the text box itself is posted under this name (as typed; the server reads it with parseTypedDate). */
  name?: string;
  /** A partial ISO date (`2026-01-12`, `2017-04`, `2016`), "" or text that does not read as one. */
  value: string;
  onChange: (change: DateChange) => void;
  onBlur?: () => void;
  invalid?: boolean;
  describedBy?: string;
  required?: boolean;
  /** The field's name, for the picker button's screen-reader name. */
  label: string;
  picker?: boolean;
  className?: string;
}) {
  const t = useTranslations("dates");
  const [text, setText] = useState(() => formatTypedDate(value));
  // A value set from outside (reset, the picker, a precision change) replaces what is shown.
  const shownValue = parseTypedDate(text);
  if ((shownValue.ok ? shownValue.value : text.trim()) !== value && formatTypedDate(value) !== text) {
    setText(formatTypedDate(value));
  }
  const emit = (typed: string) => {
    setText(typed);
    const r = parseTypedDate(typed);
    onChange(r.ok ? { value: r.value, precision: r.precision, error: null } : { value: typed.trim(), precision: null, error: r.error });
  };
  return (
    <div className={cn("flex min-w-0 items-center gap-1", className)}>
      <Input
        id={id}
        name={name}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        dir="ltr"
        placeholder={t("placeholder")}
        className="min-w-0 flex-1 text-start rtl:text-end"
        value={text}
        onChange={(e) => emit(e.target.value)}
        onBlur={() => {
          const r = parseTypedDate(text);
          if (r.ok && r.value) setText(formatTypedDate(r.value));
          onBlur?.();
        }}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        aria-required={required}
      />
      {picker && (
        <DatePicker
          label={t("pick", { field: label })}
          value={parsePartialDate(value) ? value : ""}
          onPick={(picked) => {
            const formatted = formatTypedDate(picked);
            setText(formatted);
            onChange({ value: picked, precision: parsePartialDate(picked)!.precision, error: null });
          }}
        />
      )}
    </div>
  );
}

const loadDatePicker = () => import("./date-picker");
const LazyDatePicker = lazy(loadDatePicker);

/**
 * The picker's calendar button. The popover (Radix Popover and the month grid) is loaded when the
 * button is first pointed at, focused or pressed, not with every list page; once loaded it opens
 * at once and behaves as if it had always been there.
 */
function DatePicker({ label, value, onPick }: { label: string; value: string; onPick: (value: string) => void }) {
  const [wanted, setWanted] = useState(false);
  const button = (props: React.ComponentProps<typeof Button>) => (
    <Button type="button" variant="outline" size="icon" aria-label={label} title={label} aria-haspopup="dialog" {...props}>
      <CalendarDays aria-hidden />
    </Button>
  );
  if (!wanted) return button({ onPointerEnter: () => void loadDatePicker(), onFocus: () => void loadDatePicker(), onClick: () => setWanted(true) });
  return (
    <Suspense fallback={button({ "aria-busy": true })}>
      <LazyDatePicker label={label} value={value} onPick={onPick} defaultOpen />
    </Suspense>
  );
}

/** The message key for a refused typed date, or undefined. */
export function dateRefusal(change: DateChange): string | undefined {
  return change.error === "impossible" ? "dateImpossible" : change.error === "unreadable" ? "dateUnreadable" : undefined;
}

/**
 * A date in a plain form (GET filters, the agreement step form): typed the same way. With
 * `bound="start"` or `"end"` a hidden input `name` carries the first or last day of what was typed
 * (`2017` filters the whole year); with `"exact"` the text box itself is posted as typed.
 */
export function DateFilterInput({
  id,
  name,
  label,
  defaultValue,
  bound,
  describedBy,
  serverError,
  required,
}: {
  id: string;
  name: string;
  label: string;
  defaultValue?: string;
  bound: "start" | "end" | "exact";
  describedBy?: string;
  /** An error the server gave for this field (already translated). */
  serverError?: string;
  required?: boolean;
}) {
  const [value, setValue] = useState(defaultValue ?? "");
  const [error, setError] = useState<string | undefined>();
  const errorText = useErrorText();
  const valid = parsePartialDate(value);
  const submitted = valid ? (bound === "start" ? firstDay(value) : lastDay(value)) : "";
  const shownError = error ?? serverError;
  return (
    <div className="grid min-w-0 gap-1">
      <PartialDateInput
        id={id}
        name={bound === "exact" ? name : undefined}
        label={label}
        value={value}
        required={required}
        invalid={!!shownError}
        describedBy={shownError ? `${id}-error` : describedBy}
        onChange={(change) => {
          setValue(change.value);
          setError(errorText(dateRefusal(change)));
        }}
      />
      {bound !== "exact" && <input type="hidden" name={name} value={submitted} />}
      {shownError && (
        <p id={`${id}-error`} role="alert" className="text-xs font-medium text-destructive">
          {shownError}
        </p>
      )}
    </div>
  );
}
