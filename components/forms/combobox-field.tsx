"use client";

/**
 * A searchable choice for long lists (people, countries): a button that opens a popover with a
 * search box and a listbox (WAI-ARIA combobox pattern with aria-activedescendant). The search
 * normalises Arabic like the server does, so «اسبانيا» finds «إسبانيا». The popover and its list
 * (components/forms/combobox-list.tsx, with Radix Popover) load when the button is first pointed
 * at, focused or pressed: a form page's first load carries only the button, which stays in place.
 */
import { lazy, Suspense, useRef, useState } from "react";
import { Controller, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { ChevronsUpDown } from "@/components/ui/icons";
import { FieldShell, useFieldState, type Option } from "@/components/forms/fields";
import type { ComboboxItem } from "@/components/forms/combobox-list";
import { cn } from "@/lib/utils";

const loadComboboxList = () => import("@/components/forms/combobox-list");
const ComboboxList = lazy(loadComboboxList);

export function ComboboxField<T extends FieldValues>({
  form,
  name,
  label,
  options,
  placeholder,
  emptyLabel,
  required,
  hint,
  className,
  extraOption,
  onChosen,
}: {
  form: UseFormReturn<T>;
  name: Path<T>;
  label: string;
  options: Option[];
  placeholder?: string;
  /** Adds a first choice that stores "" (e.g. "Not stated"). */
  emptyLabel?: string;
  required?: boolean;
  hint?: string;
  className?: string;
  /** A last choice that runs an action instead of storing a value (e.g. "+ A new person"). */
  extraOption?: { label: string; onSelect: () => void };
  /** Called after a choice is stored (e.g. to prefill a related field). */
  onChosen?: (value: string) => void;
}) {
  const { id, error, describedBy } = useFieldState(form, name);
  const listId = `${id}-list`;
  const [open, setOpen] = useState(false);
  // The list is mounted from the first opening on (so that closing keeps Radix's focus return).
  const [used, setUsed] = useState(false);
  const button = useRef<HTMLButtonElement | null>(null);

  return (
    <FieldShell id={id} label={label} required={required} hint={hint} error={error} className={className}>
      <Controller
        control={form.control}
        name={name}
        render={({ field }) => {
          const value = String(field.value ?? "");
          const selected = options.find((o) => o.value === value);
          const choose = (item: ComboboxItem) => {
            setOpen(false);
            if (item.action) item.action();
            else {
              field.onChange(item.value);
              onChosen?.(item.value);
            }
          };
          return (
            <>
              <button
                id={id}
                ref={(node) => {
                  button.current = node;
                  field.ref(node);
                }}
                type="button"
                role="combobox"
                aria-expanded={open}
                aria-controls={open ? listId : undefined}
                aria-haspopup="listbox"
                aria-invalid={!!error}
                aria-describedby={describedBy}
                onBlur={field.onBlur}
                onPointerEnter={() => void loadComboboxList()}
                onFocus={() => void loadComboboxList()}
                onClick={() => {
                  setUsed(true);
                  setOpen((o) => !o);
                }}
                className="flex h-9 w-full min-w-0 items-center justify-between gap-2 rounded-md border border-input bg-transparent px-3 py-2 text-start text-sm shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 aria-invalid:border-destructive"
              >
                <span className={cn("truncate", !selected && "text-muted-foreground")}>
                  {selected ? selected.label : value === "" && emptyLabel ? emptyLabel : placeholder}
                </span>
                <ChevronsUpDown aria-hidden className="size-4 shrink-0 opacity-50" />
              </button>
              {used && (
                <Suspense fallback={null}>
                  <ComboboxList
                    anchor={button}
                    open={open}
                    onOpenChange={setOpen}
                    options={options}
                    value={value}
                    label={label}
                    listId={listId}
                    emptyLabel={emptyLabel}
                    extraOption={extraOption}
                    onChoose={choose}
                  />
                </Suspense>
              )}
            </>
          );
        }}
      />
    </FieldShell>
  );
}
