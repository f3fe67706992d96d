"use client";

/**
 * The record picker's popover (components/forms/async-combobox-field.tsx loads it when the
 * picker's button is first pointed at, focused or pressed): a search box and the first matches,
 * asked of the server as the user types (lib/choices/actions.ts: about 20 at a time,
 * Arabic-normalised full-text search). Keyboard: the cmdk command menu (components/ui/command.tsx)
 * — arrows, Home/End, Enter, Escape — in both directions.
 */
import { useEffect, useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Check } from "@/components/ui/icons";
import { Command, CommandEmpty, CommandInput, CommandItem, CommandList, CommandLoading } from "@/components/ui/command";
import { AnchoredPopover } from "@/components/ui/popover";
import { findChoices } from "@/lib/choices/actions";
import type { Choice, ChoiceKind } from "@/lib/choices/schema";
import { cn } from "@/lib/utils";

/** Wait this long after the last key before asking the server (milliseconds). */
const TYPING_PAUSE_MS = 150;

/** The popover, open while `open`, placed against `anchor` (the picker's button). */
export default function AsyncComboboxList({
  anchor,
  open,
  onOpenChange,
  kind,
  value,
  label,
  listId,
  emptyLabel,
  extraOption,
  exclude,
  onFound,
  onChoose,
}: {
  anchor: React.RefObject<HTMLButtonElement | null>;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  kind: ChoiceKind;
  /** The chosen id as a string ("" for none). */
  value: string;
  /** The field's label (the search box's and the list's names). */
  label: string;
  listId: string;
  emptyLabel?: string;
  /** The last choice, an action, given what was typed in the search box. */
  extraOption?: { label: string; onSelect: (typed: string) => void };
  /** A value never offered. */
  exclude?: string;
  /** Matches the server sent (the picker remembers their labels). */
  onFound: (choices: Choice[]) => void;
  /** A choice was made (null: the "none" choice, or `action` for the extra option); the caller closes the popover. */
  onChoose: (choice: Choice | null, action?: () => void) => void;
}) {
  const t = useTranslations("combobox");
  const [query, setQuery] = useState("");
  const [items, setItems] = useState<Choice[] | null>(null);
  const [loading, startLoading] = useTransition();
  const request = useRef(0);
  // The highlighted item (cmdk's value): the chosen one when the popover opens.
  const chosenItem = value ? `choice-${value}` : emptyLabel ? "choice-" : "";
  const [active, setActive] = useState(chosenItem);
  // Each opening starts with an empty search (the popover stays mounted between openings).
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setQuery("");
      setActive(chosenItem);
    }
  }

  // Matches for what is typed, after a short pause; an older answer never replaces a newer one.
  useEffect(() => {
    if (!open) return;
    const mine = ++request.current;
    const timer = setTimeout(() => {
      startLoading(async () => {
        const found = await findChoices({ kind, query });
        if (mine !== request.current) return;
        setItems(found);
        onFound(found);
        // The matches for what was typed come highlighted from the first. Left to cmdk, the
        // highlight stayed where typing had put it: on "+ new person" when that was all the list
        // held before the first answer, so Enter made a namesake instead of picking the match.
        if (query) {
          const first = found.find((choice) => choice.value !== exclude);
          setActive(first ? `choice-${first.value}` : extraOption ? "choice-extra" : "");
        }
      });
    }, query ? TYPING_PAUSE_MS : 0);
    return () => clearTimeout(timer);
    // onFound, exclude and extraOption are the picker's (new each render); only these start a search.
  }, [kind, query, open]);

  return (
    <AnchoredPopover
      anchor={anchor}
      open={open}
      onOpenChange={onOpenChange}
      align="start"
      className="w-(--radix-popover-trigger-width) min-w-64 p-0"
    >
      <Command shouldFilter={false} loop={false} label={t("search", { label })} value={active} onValueChange={setActive}>
        <CommandInput value={query} onValueChange={setQuery} aria-label={t("search", { label })} placeholder={t("placeholder")} />
        <CommandList id={listId} aria-label={label} className="max-h-64 p-1">
          {loading && items === null && <CommandLoading>{t("loading")}</CommandLoading>}
          {items !== null && !loading && <CommandEmpty>{t("noMatch")}</CommandEmpty>}
          {emptyLabel && !query && <PickerItem value="choice-" chosen={value === ""} label={emptyLabel} onSelect={() => onChoose(null)} />}
          {(items ?? [])
            .filter((choice) => choice.value !== exclude)
            .map((choice) => (
              <PickerItem
                key={choice.value}
                value={`choice-${choice.value}`}
                chosen={choice.value === value}
                label={choice.label}
                hint={choice.hint}
                onSelect={() => onChoose(choice)}
              />
            ))}
          {extraOption && (
            <CommandItem value="choice-extra" onSelect={() => onChoose(null, () => extraOption.onSelect(query))} className="font-medium text-primary">
              <Check aria-hidden className="opacity-0" />
              {extraOption.label}
            </CommandItem>
          )}
        </CommandList>
      </Command>
    </AnchoredPopover>
  );
}

function PickerItem({ value, chosen, label, hint, onSelect }: { value: string; chosen: boolean; label: string; hint?: string | null; onSelect: () => void }) {
  return (
    <CommandItem value={value} onSelect={onSelect} aria-checked={chosen}>
      <Check aria-hidden className={cn(chosen ? "opacity-100" : "opacity-0")} />
      {/* Both lines start on the page's side (a hint such as "MA" under an Arabic name sat at the
          left edge with dir="auto"); <bdi> keeps each text's own direction inside. */}
      <span className="flex min-w-0 flex-col">
        <span>
          <bdi>{label}</bdi>
        </span>
        {hint && (
          // Seen, not part of the option's name (the label names the record; the hint tells namesakes apart).
          <span aria-hidden className="truncate text-xs text-muted-foreground">
            <bdi>{hint}</bdi>
          </span>
        )}
      </span>
    </CommandItem>
  );
}
