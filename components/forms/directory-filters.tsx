"use client";

/**
 * A directory's filters (people, organisations): a search box and a few selects in a plain GET
 * form, so filters and page live in the URL.
 */
import { useTranslations } from "next-intl";
import type { Option } from "@/components/forms/fields";
import { FilterForm, SearchField } from "@/components/forms/filter-form";
import { FilterSelect } from "@/components/forms/filter-select";

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
  return (
    <FilterForm action={action} label={label} columns={4} hidden={hidden} labels={{ apply: t("apply"), reset: t("reset") }}>
      <SearchField label={t("search")} value={q} placeholder={searchPlaceholder} className="sm:col-span-2" />
      {selects.map((select) => (
        <FilterSelect key={select.name} name={select.name} label={select.label} value={select.value} options={select.options} allLabel={t("all")} />
      ))}
    </FilterForm>
  );
}
