"use client";

/** The work list's filters (kind of point, record type, state) as a GET form: they live in the URL. */
import { useTranslations } from "next-intl";
import { FilterForm } from "@/components/forms/filter-form";
import { FilterSelect } from "@/components/forms/filter-select";
import { dataQualityEntityTypes, dataQualityKinds, dataQualityStates, type DataQualityFilters } from "@/lib/data-quality/schema";

export function DataQualityFiltersForm({ filters }: { filters: DataQualityFilters }) {
  const t = useTranslations("dataQuality");
  return (
    <FilterForm action="/data-quality" label={t("filters")} columns={4} labels={{ apply: t("apply"), reset: t("reset") }}>
      <FilterSelect
        name="kind"
        label={t("kind")}
        value={filters.kind}
        allLabel={t("allKinds")}
        options={dataQualityKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
      />
      <FilterSelect
        name="type"
        label={t("recordType")}
        value={filters.type}
        allLabel={t("allTypes")}
        options={dataQualityEntityTypes.map((k) => ({ value: k, label: t(`entityTypes.${k}`) }))}
      />
      <FilterSelect
        name="state"
        label={t("state")}
        value={filters.state === "open" ? undefined : filters.state}
        allLabel={t("states.open")}
        options={dataQualityStates.filter((s) => s !== "open").map((s) => ({ value: s, label: t(`states.${s}`) }))}
      />
    </FilterForm>
  );
}
