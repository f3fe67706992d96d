"use client";

/**
 * A searchable choice for long lists (people, countries): a button that opens a popover with a
 * search box and a listbox (WAI-ARIA combobox pattern with aria-activedescendant). The search
 * normalises Arabic like the server does, so «اسبانيا» finds «إسبانيا».
 */
import { useMemo, useRef, useState } from "react";
import { Controller, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Check, ChevronsUpDown } from "lucide-react";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { FieldShell, useFieldState, type Option } from "@/components/forms/fields";
import { normalizeForSearch } from "@/lib/text/normalize-arabic";
import { cn } from "@/lib/utils";

// Enough for every country; people lists beyond this are narrowed by typing.
const MAX_SHOWN = 300;

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
  const t = useTranslations("combobox");
  const { id, error, describedBy } = useFieldState(form, name);
  const listId = `${id}-list`;
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);

  const normalized = useMemo(() => options.map((o) => ({ ...o, key: normalizeForSearch(o.label) })), [options]);
  const matches = useMemo(() => {
    const q = normalizeForSearch(query);
    const found = q ? normalized.filter((o) => o.key.includes(q)) : normalized;
    return found.slice(0, MAX_SHOWN);
  }, [normalized, query]);

  return (
    <FieldShell id={id} label={label} required={required} hint={hint} error={error} className={className}>
      <Controller
        control={form.control}
        name={name}
        render={({ field }) => {
          const value = String(field.value ?? "");
          const selected = options.find((o) => o.value === value);
          const items: { value: string; label: string; action?: () => void }[] = [
            ...(emptyLabel && !query ? [{ value: "", label: emptyLabel }] : []),
            ...matches,
            ...(extraOption ? [{ value: "__extra__", label: extraOption.label, action: extraOption.onSelect }] : []),
          ];
          const choose = (item: (typeof items)[number]) => {
            setOpen(false);
            setQuery("");
            if (item.action) item.action();
            else {
              field.onChange(item.value);
              onChosen?.(item.value);
            }
          };
          return (
            <Popover
              open={open}
              onOpenChange={(next) => {
                setOpen(next);
                if (next) {
                  setQuery("");
                  setActive(Math.max(0, items.findIndex((i) => i.value === value)));
                }
              }}
            >
              <PopoverTrigger asChild>
                <button
                  id={id}
                  ref={field.ref}
                  type="button"
                  role="combobox"
                  aria-expanded={open}
                  aria-controls={open ? listId : undefined}
                  aria-haspopup="listbox"
                  aria-invalid={!!error}
                  aria-describedby={describedBy}
                  onBlur={field.onBlur}
                  className="flex h-9 w-full min-w-0 items-center justify-between gap-2 rounded-md border border-input bg-transparent px-3 py-2 text-start text-sm shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 aria-invalid:border-destructive"
                >
                  <span className={cn("truncate", !selected && "text-muted-foreground")}>
                    {selected ? selected.label : value === "" && emptyLabel ? emptyLabel : placeholder}
                  </span>
                  <ChevronsUpDown aria-hidden className="size-4 shrink-0 opacity-50" />
                </button>
              </PopoverTrigger>
              <PopoverContent
                align="start"
                className="w-(--radix-popover-trigger-width) min-w-64 p-0"
                onOpenAutoFocus={(event) => {
                  event.preventDefault();
                  inputRef.current?.focus();
                }}
              >
                <input
                  ref={inputRef}
                  type="search"
                  dir="auto"
                  role="combobox"
                  aria-label={t("search", { label })}
                  aria-controls={listId}
                  aria-expanded
                  aria-autocomplete="list"
                  aria-activedescendant={items[active] ? `${listId}-${active}` : undefined}
                  value={query}
                  placeholder={t("placeholder")}
                  onChange={(event) => {
                    setQuery(event.target.value);
                    setActive(0);
                  }}
                  onKeyDown={(event) => {
                    if (event.key === "ArrowDown") {
                      event.preventDefault();
                      setActive((i) => Math.min(items.length - 1, i + 1));
                    } else if (event.key === "ArrowUp") {
                      event.preventDefault();
                      setActive((i) => Math.max(0, i - 1));
                    } else if (event.key === "Enter") {
                      event.preventDefault();
                      const item = items[active];
                      if (item) choose(item);
                    }
                  }}
                  className="w-full border-b bg-transparent px-3 py-2 text-sm outline-none"
                />
                <ul id={listId} role="listbox" aria-label={label} className="max-h-64 overflow-y-auto p-1">
                  {items.length === 0 && <li className="px-2 py-1.5 text-sm text-muted-foreground">{t("noMatch")}</li>}
                  {items.map((item, index) => (
                    <li
                      key={`${item.value}-${index}`}
                      id={`${listId}-${index}`}
                      role="option"
                      aria-selected={!item.action && item.value === value}
                      data-active={index === active || undefined}
                      onMouseEnter={() => setActive(index)}
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={() => choose(item)}
                      ref={index === active ? (node) => node?.scrollIntoView({ block: "nearest" }) : undefined}
                      className={cn(
                        "flex cursor-default items-center gap-2 rounded-sm px-2 py-1.5 text-sm select-none data-[active]:bg-accent data-[active]:text-accent-foreground",
                        item.action && "font-medium text-primary",
                      )}
                    >
                      <Check aria-hidden className={cn("size-4 shrink-0", !item.action && item.value === value ? "opacity-100" : "opacity-0")} />
                      <span dir="auto">{item.label}</span>
                    </li>
                  ))}
                </ul>
              </PopoverContent>
            </Popover>
          );
        }}
      />
    </FieldShell>
  );
}
