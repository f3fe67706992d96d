"use client";

import { useTranslations } from "next-intl";
import { Download, FileSpreadsheet, FileText } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";

/**
 * A list's "Export" menu: Excel or CSV of what the list's current filters select. `list` names the
 * export (app/api/exports/[list]); `query` is the list's query string (lib/lists/search-params.ts
 * `exportQuery`), which the export reads with the list's own filter schema.
 */
export function ExportMenu({ list, query }: { list: string; query: string }) {
  const t = useTranslations("exports");
  const formats = [
    { format: "xlsx", icon: FileSpreadsheet, label: t("excel") },
    { format: "csv", icon: FileText, label: t("csv") },
  ] as const;
  const href = (format: "xlsx" | "csv") => `/api/exports/${list}?${new URLSearchParams([...new URLSearchParams(query), ["format", format]]).toString()}`;
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline">
          <Download aria-hidden className="size-4" />
          {t("control")}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
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
