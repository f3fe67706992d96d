"use client";

/**
 * The header's search button (and Ctrl+K / ⌘K), which opens the global search dialog
 * (components/search/search-dialog.tsx). The dialog, with cmdk and Radix Dialog, is loaded on
 * first use (its code is fetched when the pointer or focus reaches the button, or on the first
 * Ctrl+K) so that no page pays for it at first load.
 */
import { useEffect, useState } from "react";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { Search } from "@/components/ui/icons";

const loadSearchDialog = () => import("@/components/search/search-dialog");
const SearchDialog = dynamic(loadSearchDialog, { ssr: false });

export function GlobalSearch() {
  const t = useTranslations("search");
  const [open, setOpen] = useState(false);
  // Mounted from the first opening on, so that closing keeps Radix's exit and focus return.
  const [used, setUsed] = useState(false);
  const show = (next: boolean) => {
    if (next) setUsed(true);
    setOpen(next);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k") {
        event.preventDefault();
        setUsed(true);
        setOpen((o) => !o);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    <>
      <button
        type="button"
        onClick={() => show(true)}
        onPointerEnter={loadSearchDialog}
        onFocus={loadSearchDialog}
        aria-label={t("open")}
        aria-keyshortcuts="Control+K"
        className="inline-flex h-8 shrink-0 items-center gap-2 rounded-md bg-white/10 px-2 text-sm text-primary-foreground hover:bg-white/20 focus-visible:ring-2 focus-visible:ring-white/60 focus-visible:outline-none xl:w-40 2xl:w-52"
      >
        <Search aria-hidden className="size-4 shrink-0" />
        <span className="hidden xl:inline">{t("placeholder")}</span>
        <kbd dir="ltr" className="ms-auto hidden shrink-0 rounded border border-white/40 px-1 font-sans text-[11px] whitespace-nowrap text-primary-foreground xl:inline">
          Ctrl K
        </kbd>
      </button>
      {used && <SearchDialog open={open} onOpenChange={show} />}
    </>
  );
}
