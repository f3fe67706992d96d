"use client";

/**
 * The header's button that opens the language menu. The menu (Radix DropdownMenu, with its
 * positioning and focus code) is loaded on first use (components/ui/on-first-use.tsx), not with
 * every page: components/shell/language-menu.tsx.
 */
import { lazy } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Languages } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";
import { OnFirstUse } from "@/components/ui/on-first-use";

const loadLanguageMenu = () => import("./language-menu");
const LanguageMenu = lazy(loadLanguageMenu);

/** Renders the header's language button with extra props (the placeholder's handlers and aria, or the pending state). */
export type LanguageButton = (props: React.ComponentProps<typeof Button>) => React.ReactElement;

/** Header menu that switches the interface language (each name in its own language). */
export function LanguageSwitcher() {
  const t = useTranslations("shell");
  const tl = useTranslations("languages");
  const locale = useLocale();
  const button: LanguageButton = (props) => (
    <Button variant="ghost" size="sm" aria-label={t("language")} {...props}>
      <Languages aria-hidden className="size-4" />
      <span>{tl(locale)}</span>
    </Button>
  );
  return (
    <OnFirstUse load={loadLanguageMenu} menu trigger={(props) => button({ ...props, "aria-haspopup": "menu", "aria-expanded": false })}>
      {(opening) => <LanguageMenu opening={opening} button={button} />}
    </OnFirstUse>
  );
}
