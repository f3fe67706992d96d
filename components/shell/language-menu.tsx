"use client";

/**
 * The header's language menu (components/shell/language-switcher.tsx loads it on first use):
 * each language named in its own language; choosing one stores it and refreshes the page.
 */
import { useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { useFirstItemFocus, type Opening } from "@/components/ui/on-first-use";
import { locales } from "@/lib/i18n/config";
import { setInterfaceLanguage } from "@/lib/preferences/actions";
import type { LanguageButton } from "./language-switcher";

/** The menu, opened at once (it mounts when the header's button is first pressed). */
export default function LanguageMenu({ opening, button }: { opening: Opening; button: LanguageButton }) {
  const t = useTranslations("shell");
  const tl = useTranslations("languages");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const firstItemFocus = useFirstItemFocus(opening);
  return (
    <DropdownMenu defaultOpen>
      <DropdownMenuTrigger asChild>{button({ disabled: pending })}</DropdownMenuTrigger>
      <DropdownMenuContent align="end" onFocus={firstItemFocus}>
        <DropdownMenuLabel>{t("language")}</DropdownMenuLabel>
        <DropdownMenuRadioGroup
          value={locale}
          onValueChange={(next) =>
            startTransition(async () => {
              await setInterfaceLanguage(next);
              router.refresh();
            })
          }
        >
          {locales.map((l) => (
            <DropdownMenuRadioItem key={l} value={l} lang={l} dir={l === "ar" ? "rtl" : "ltr"}>
              {tl(l)}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
