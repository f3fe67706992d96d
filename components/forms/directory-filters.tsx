"use client";

/**
 * A directory's filters (people, organisations, events): a search box and a few selects in a
 * plain GET form, so filters and page live in the URL.
 */
import { useId } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { Option } from "@/components/forms/fields";
import { dropEmptyFields, FilterSelect } from "@/components/forms/filter-select";

export function DirectoryFilters({
  action,
  label,
  q,
  searchPlaceholder,
  selects,
  hidden = {},
}: {
  action: string;
  label: string;
  q?: string;
  searchPlaceholder: string;
  selects: { name: string; label: string; value?: string; options: Option[] }[];
  /** Fields kept as they are (e.g. `archived=1`). */
  hidden?: Record<string, string | undefined>;
}) {
  const t = useTranslations("directory");
  const id = useId();
  return (
    <form method="get" action={action} role="search" aria-label={label} className="grid gap-3 rounded-lg border bg-card p-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-end" onSubmit={dropEmptyFields}>
      {Object.entries(hidden).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <div className="grid gap-1.5 sm:col-span-2">
        <Label htmlFor={id}>{t("search")}</Label>
        <Input id={id} name="q" type="search" defaultValue={q} placeholder={searchPlaceholder} dir="auto" />
      </div>
      {selects.map((select) => (
        <FilterSelect key={select.name} name={select.name} label={select.label} value={select.value} options={select.options} allLabel={t("all")} />
      ))}
      <div className="flex gap-2 sm:col-span-2 lg:col-span-4">
        <Button type="submit">
          <Search aria-hidden className="size-4" />
          {t("apply")}
        </Button>
        <Button variant="ghost" asChild>
          <Link href={action}>{t("reset")}</Link>
        </Button>
      </div>
    </form>
  );
}
