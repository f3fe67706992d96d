"use client";

/**
 * The record picker (people, organisations, meetings, projects): a button that opens a popover
 * with a search box and the first matches, asked of the server as the user types
 * (lib/choices/actions.ts: about 20 at a time, Arabic-normalised full-text search), so no page
 * carries a whole table as choices. The current value's label comes from `initialChoices` (or is
 * asked of the server once); nothing else is loaded. Keyboard: the cmdk command menu
 * (components/ui/command.tsx) — arrows, Home/End, Enter, Escape — in both directions.
 * The popover (components/forms/async-combobox-list.tsx, with cmdk and Radix Popover) loads when
 * the button is first pointed at, focused or pressed: a page's first load carries only the
 * button, which stays in place.
 *
 * `AsyncCombobox` is the controlled picker (for filter forms, with a hidden input);
 * `AsyncComboboxField` binds it to react-hook-form.
 */
import { lazy, Suspense, useEffect, useId, useRef, useState } from "react";
import { Controller, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { ChevronsUpDown } from "@/components/ui/icons";
import { FieldShell, useFieldState } from "@/components/forms/fields";
import { labelChoices } from "@/lib/choices/actions";
import type { Choice, ChoiceKind } from "@/lib/choices/schema";
import { cn } from "@/lib/utils";

const loadList = () => import("@/components/forms/async-combobox-list");
const AsyncComboboxList = lazy(loadList);

type PickerProps = {
  kind: ChoiceKind;
  /** The chosen id as a string ("" for none). */
  value: string;
  onChange: (value: string, choice: Choice | null) => void;
  /** Accessible name of the trigger and of the list (the field's label). */
  label: string;
  id?: string;
  placeholder?: string;
  /** Adds a first choice that stores "" (e.g. "Not stated", "Any funder"). */
  emptyLabel?: string;
  /** Choices whose labels are known already (the current value's, sent by the page). */
  initialChoices?: Choice[];
  /**
   * A last choice that runs an action instead of storing a value (e.g. "+ A new person"), given
   * what was typed in the search box ("" if nothing), e.g. to prefill the new person's name.
   */
  extraOption?: { label: string; onSelect: (typed: string) => void };
  /** A value never offered (the record a merge keeps). */
  exclude?: string;
  invalid?: boolean;
  describedBy?: string;
  onBlur?: () => void;
  buttonRef?: React.Ref<HTMLButtonElement>;
};

/** The controlled record picker (see the module docstring). */
export function AsyncCombobox({
  kind,
  value,
  onChange,
  label,
  id: givenId,
  placeholder,
  emptyLabel,
  initialChoices,
  extraOption,
  exclude,
  invalid,
  describedBy,
  onBlur,
  buttonRef,
}: PickerProps) {
  const ownId = useId();
  const id = givenId ?? ownId;
  const listId = `${id}-list`;
  const [open, setOpen] = useState(false);
  // The popover is mounted from the first opening on (so that closing keeps Radix's focus return).
  const [used, setUsed] = useState(false);
  const [known, setKnown] = useState<Map<string, Choice>>(() => new Map((initialChoices ?? []).map((c) => [c.value, c])));
  const button = useRef<HTMLButtonElement | null>(null);

  const remember = (choices: Choice[]) =>
    setKnown((previous) => {
      const next = new Map(previous);
      for (const c of choices) next.set(c.value, c);
      return next;
    });

  // The label of a value set by the form (an edit form's current record), asked once.
  useEffect(() => {
    if (!value || known.has(value)) return;
    let stale = false;
    labelChoices({ kind, ids: [value] }).then((found) => {
      if (!stale) remember(found);
    });
    return () => {
      stale = true;
    };
  }, [kind, value, known]);

  const selected = value ? known.get(value) : undefined;
  const choose = (choice: Choice | null, action?: () => void) => {
    setOpen(false);
    if (action) action();
    else onChange(choice?.value ?? "", choice);
  };

  return (
    <>
      <button
        id={id}
        ref={(node) => {
          button.current = node;
          if (typeof buttonRef === "function") buttonRef(node);
          else if (buttonRef) buttonRef.current = node;
        }}
        type="button"
        role="combobox"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-haspopup="listbox"
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onBlur={onBlur}
        onPointerEnter={() => void loadList()}
        onFocus={() => void loadList()}
        onClick={() => {
          setUsed(true);
          setOpen((o) => !o);
        }}
        className="flex h-9 w-full min-w-0 max-w-full items-center justify-between gap-2 rounded-md border border-input bg-transparent px-3 py-2 text-start text-sm shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 aria-invalid:border-destructive"
      >
        <span className={cn("min-w-0 truncate", !selected && "text-muted-foreground")} dir={selected ? "auto" : undefined}>
          {selected ? selected.label : value === "" && emptyLabel ? emptyLabel : value ? "…" : placeholder}
        </span>
        <ChevronsUpDown aria-hidden className="size-4 shrink-0 opacity-50" />
      </button>
      {used && (
        <Suspense fallback={null}>
          <AsyncComboboxList
            anchor={button}
            open={open}
            onOpenChange={setOpen}
            kind={kind}
            value={value}
            label={label}
            listId={listId}
            emptyLabel={emptyLabel}
            extraOption={extraOption}
            exclude={exclude}
            onFound={remember}
            onChoose={choose}
          />
        </Suspense>
      )}
    </>
  );
}

/** The record picker bound to a react-hook-form field holding the chosen id as a string. */
export function AsyncComboboxField<T extends FieldValues>({
  form,
  name,
  label,
  required,
  hint,
  className,
  onChosen,
  ...picker
}: Omit<PickerProps, "value" | "onChange" | "id" | "invalid" | "describedBy" | "onBlur" | "buttonRef" | "exclude"> & {
  form: UseFormReturn<T>;
  name: Path<T>;
  required?: boolean;
  hint?: string;
  className?: string;
  /** Called after a choice is stored (e.g. to prefill a related field from `choice.latestTitle`). */
  onChosen?: (value: string, choice: Choice | null) => void;
}) {
  const { id, error, describedBy } = useFieldState(form, name);
  return (
    <FieldShell id={id} label={label} required={required} hint={hint} error={error} className={className}>
      <Controller
        control={form.control}
        name={name}
        render={({ field }) => (
          <AsyncCombobox
            {...picker}
            id={id}
            label={label}
            value={String(field.value ?? "")}
            onChange={(value, choice) => {
              field.onChange(value);
              onChosen?.(value, choice);
            }}
            invalid={!!error}
            describedBy={describedBy}
            onBlur={field.onBlur}
            buttonRef={field.ref}
          />
        )}
      />
    </FieldShell>
  );
}

/**
 * The record picker in a GET filter form: the chosen id travels in a hidden input named `name`
 * ("" is left out of the URL by dropEmptyFields), `allLabel` is the "any" choice.
 */
export function AsyncComboboxFilter({ name, label, value: initial, kind, allLabel }: { name: string; label: string; value?: string; kind: ChoiceKind; allLabel: string }) {
  const id = useId();
  const [value, setValue] = useState(initial ?? "");
  return (
    <div className="grid content-start gap-1.5">
      <label htmlFor={id} className="text-sm leading-none font-medium">
        {label}
      </label>
      <AsyncCombobox id={id} kind={kind} label={label} value={value} onChange={(next) => setValue(next)} emptyLabel={allLabel} />
      <input type="hidden" name={name} value={value} />
    </div>
  );
}
