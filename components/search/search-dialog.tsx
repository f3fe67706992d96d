"use client";

/**
 * The global search's dialog (loaded on first use by components/search/global-search.tsx): one
 * list of meetings, people, organisations, projects, agreements, events and countries matching
 * what is typed, grouped by kind, Arabic-normalised and limited to what the user may read
 * (lib/search). Arrows move, Enter opens, Escape closes (cmdk in a Radix dialog).
 */
import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { CommandDialog, CommandEmpty, CommandGroup, CommandInput, CommandItem, CommandList, CommandLoading } from "@/components/ui/command";
import { searchAll } from "@/lib/search/actions";
import type { SearchGroup } from "@/lib/search/queries";
import { RecordText } from "@/components/ui/record-text";

/** The dialog, controlled by the header's search button: `open`, and `onOpenChange(false)` on Escape, outside click or a chosen hit. */
export default function SearchDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const t = useTranslations("search");
  const router = useRouter();
  const [query, setQuery] = useState("");
  const [groups, setGroups] = useState<SearchGroup[]>([]);
  const [pending, startTransition] = useTransition();
  const latest = useRef("");

  useEffect(() => {
    latest.current = query;
    if (query.trim().length < 2) {
      setGroups([]);
      return;
    }
    const timer = setTimeout(() => {
      startTransition(async () => {
        const found = await searchAll(query);
        // An answer to an older query is dropped: only the latest text's results are shown.
        if (latest.current === query) setGroups(found);
      });
    }, 200);
    return () => clearTimeout(timer);
  }, [query]);

  const go = (href: string) => {
    onOpenChange(false);
    router.push(href);
  };

  return (
    <CommandDialog
      open={open}
      onOpenChange={(next) => {
        onOpenChange(next);
        if (!next) setQuery("");
      }}
      title={t("title")}
      description={t("description")}
      closeLabel={t("close")}
      commandProps={{ shouldFilter: false, label: t("title") }}
      className="top-4 translate-y-0 sm:top-[15vh]"
    >
      <CommandInput value={query} onValueChange={setQuery} placeholder={t("placeholder")} aria-label={t("title")} />
      <CommandList className="max-h-[min(60vh,420px)]" data-testid="search-results">
        {pending && groups.length === 0 && <CommandLoading>{t("searching")}</CommandLoading>}
        {query.trim().length >= 2 && !pending && <CommandEmpty>{t("nothing")}</CommandEmpty>}
        {query.trim().length < 2 && <p className="px-3 py-6 text-center text-sm text-muted-foreground">{t("hint")}</p>}
        {groups.map((group) => (
          <CommandGroup key={group.kind} heading={t(`kinds.${group.kind}`)} data-testid={`search-group-${group.kind}`}>
            {group.hits.map((hit) => (
              <CommandItem key={hit.href} value={hit.href} onSelect={() => go(hit.href)} className="flex-col items-start gap-0.5">
                <RecordText text={hit.label} className="font-medium" />
                {hit.detail && <bdi className="text-xs text-muted-foreground">{hit.detail}</bdi>}
              </CommandItem>
            ))}
          </CommandGroup>
        ))}
      </CommandList>
    </CommandDialog>
  );
}
