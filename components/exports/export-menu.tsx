"use client";

/**
 * A list's "Export" menu: Excel or CSV of what the list's current filters select. `list` names the
 * export (app/api/exports/[list]); `query` is the list's query string (lib/lists/search-params.ts
 * `exportQuery`), which the export reads with the list's own filter schema. The menu itself
 * (Radix DropdownMenu) loads on first use (components/ui/on-first-use.tsx): export-formats.tsx.
 */
import { lazy } from "react";
import { useTranslations } from "next-intl";
import { Download } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";
import { OnFirstUse } from "@/components/ui/on-first-use";

const loadExportFormats = () => import("./export-formats");
const ExportFormats = lazy(loadExportFormats);

export function ExportMenu({ list, query }: { list: string; query: string }) {
  const t = useTranslations("exports");
  const href = (format: "xlsx" | "csv") => `/api/exports/${list}?${new URLSearchParams([...new URLSearchParams(query), ["format", format]]).toString()}`;
  const button = (props: React.ComponentProps<typeof Button>) => (
    <Button variant="outline" {...props}>
      <Download aria-hidden className="size-4" />
      {t("control")}
    </Button>
  );
  return (
    <OnFirstUse load={loadExportFormats} menu trigger={(props) => button({ ...props, "aria-haspopup": "menu", "aria-expanded": false })}>
      {(opening) => <ExportFormats opening={opening} button={button({})} href={href} />}
    </OnFirstUse>
  );
}
