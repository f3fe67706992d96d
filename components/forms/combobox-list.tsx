"use client";

/**
 * The searchable list of components/forms/combobox-field.tsx, loaded when the field's button is
 * first pointed at, focused or pressed: a popover against that button with a search box and a
 * listbox (WAI-ARIA combobox pattern with aria-activedescendant). The search normalises Arabic
 * like the server does, so «اسبانيا» finds «إسبانيا».
 */
import { useMemo, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Check } from "@/components/ui/icons";
import { AnchoredPopover } from "@/components/ui/popover";
import type { Option } from "@/components/forms/fields";
import { normalizeForSearch } from "@/lib/text/normalize-arabic";
import { cn } from "@/lib/utils";

// Enough for every country; people lists beyond this are narrowed by typing.
const MAX_SHOWN = 300;

/** One row of the list: an option, the "none" choice (value ""), or an action (`extraOption`). */
export type ComboboxItem = { value: string; label: string; action?: () => void };

type ListProps = {
  options: Option[];
  /** The stored value ("" for none). */
  value: string;
  /** The field's label (the search box's and the list's names). */
  label: string;
  listId: string;
  emptyLabel?: string;
  extraOption?: { label: string; onSelect: () => void };
  /** A row was chosen (by Enter or a click); the popover is closed by the caller. */
  onChoose: (item: ComboboxItem) => void;
};

/** The popover, open while `open`, placed against `anchor` (the field's button). */
export default function ComboboxList({
  anchor,
  open,
  onOpenChange,
  ...list
}: ListProps & { anchor: React.RefObject<HTMLButtonElement | null>; open: boolean; onOpenChange: (open: boolean) => void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <AnchoredPopover
      anchor={anchor}
      open={open}
      onOpenChange={onOpenChange}
      align="start"
      className="w-(--radix-popover-trigger-width) min-w-64 p-0"
      onOpenAutoFocus={(event) => {
        event.preventDefault();
        inputRef.current?.focus();
      }}
    >
      {/* Mounted at each opening: the search starts empty, on the chosen option. */}
      <SearchList {...list} inputRef={inputRef} />
    </AnchoredPopover>
  );
}

function SearchList({ options, value, label, listId, emptyLabel, extraOption, onChoose, inputRef }: ListProps & { inputRef: React.RefObject<HTMLInputElement | null> }) {
  const t = useTranslations("combobox");
  const [query, setQuery] = useState("");
  const normalized = useMemo(() => options.map((o) => ({ ...o, key: normalizeForSearch(o.label) })), [options]);
  const matches = useMemo(() => {
    const q = normalizeForSearch(query);
    const found = q ? normalized.filter((o) => o.key.includes(q)) : normalized;
    return found.slice(0, MAX_SHOWN);
  }, [normalized, query]);
  const items: ComboboxItem[] = [
    ...(emptyLabel && !query ? [{ value: "", label: emptyLabel }] : []),
    ...matches,
    ...(extraOption ? [{ value: "__extra__", label: extraOption.label, action: extraOption.onSelect }] : []),
  ];
  const [active, setActive] = useState(() => Math.max(0, items.findIndex((i) => i.value === value)));

  return (
    <>
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
            if (item) onChoose(item);
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
            onClick={() => onChoose(item)}
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
    </>
  );
}
