"use client";

/**
 * The header's search box: a field (and Ctrl+K / ⌘K) that opens one list of meetings, people,
 * organisations, projects, agreements, events and countries matching what is typed, grouped by
 * kind, Arabic-normalised and limited to what the user may read (lib/search). Arrows move, Enter
 * opens, Escape closes (cmdk in a Radix dialog).
 */
import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Search } from "lucide-react";
import { CommandDialog, CommandEmpty, CommandGroup, CommandInput, CommandItem, CommandList, CommandLoading } from "@/components/ui/command";
import { searchAll } from "@/lib/search/actions";
import type { SearchGroup } from "@/lib/search/queries";

export function GlobalSearch() {
  const t = useTranslations("search");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [groups, setGroups] = useState<SearchGroup[]>([]);
  const [pending, startTransition] = useTransition();
  const latest = useRef("");

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k") {
        event.preventDefault();
        setOpen((o) => !o);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

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
    setOpen(false);
    router.push(href);
  };

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-label={t("open")}
        aria-keyshortcuts="Control+K"
        className="inline-flex h-8 shrink-0 items-center gap-2 rounded-md bg-white/10 px-2 text-sm text-primary-foreground hover:bg-white/20 focus-visible:ring-2 focus-visible:ring-white/60 focus-visible:outline-none xl:w-40 2xl:w-52"
      >
        <Search aria-hidden className="size-4" />
        <span className="hidden xl:inline">{t("placeholder")}</span>
        <kbd dir="ltr" className="ms-auto hidden rounded border border-white/40 px-1 font-sans text-[11px] text-primary-foreground xl:inline">
          Ctrl K
        </kbd>
      </button>
      <CommandDialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
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
                  <bdi className="font-medium">{hit.label}</bdi>
                  {hit.detail && <bdi className="text-xs text-muted-foreground">{hit.detail}</bdi>}
                </CommandItem>
              ))}
            </CommandGroup>
          ))}
        </CommandList>
      </CommandDialog>
    </>
  );
}
