"use client";

/**
 * The "Export" menu's list of formats (components/exports/export-menu.tsx loads it on first use):
 * Excel or CSV, each a download link.
 */
import { useTranslations } from "next-intl";
import { FileSpreadsheet, FileText } from "@/components/ui/icons";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { useFirstItemFocus, type Opening } from "@/components/ui/on-first-use";

/** The menu, opened at once (it mounts when the "Export" button is first pressed); `button` is that button. */
export default function ExportFormats({ opening, button, href }: { opening: Opening; button: React.ReactElement; href: (format: "xlsx" | "csv") => string }) {
  const t = useTranslations("exports");
  const firstItemFocus = useFirstItemFocus(opening);
  const formats = [
    { format: "xlsx", icon: FileSpreadsheet, label: t("excel") },
    { format: "csv", icon: FileText, label: t("csv") },
  ] as const;
  return (
    <DropdownMenu defaultOpen>
      <DropdownMenuTrigger asChild>{button}</DropdownMenuTrigger>
      <DropdownMenuContent align="end" onFocus={firstItemFocus}>
        <DropdownMenuLabel>{t("menuLabel")}</DropdownMenuLabel>
        {formats.map(({ format, icon: Icon, label }) => (
          <DropdownMenuItem key={format} asChild>
            <a href={href(format)} download>
              <Icon aria-hidden className="size-4" />
              {label}
            </a>
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
