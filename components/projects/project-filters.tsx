"use client";

/**
 * The projects list's filters: a plain GET form, so filters live in the URL (bookmarkable, the
 * back button works, and it works before JavaScript loads).
 */
import { useId } from "react";
import { useTranslations } from "next-intl";
import { Label } from "@/components/ui/label";
import type { Option } from "@/components/forms/fields";
import { CheckboxFilter, FilterForm, SearchField } from "@/components/forms/filter-form";
import { FilterSelect } from "@/components/forms/filter-select";
import { AsyncComboboxFilter } from "@/components/forms/async-combobox-field";

export type ProjectFilterValues = {
  q?: string;
  country?: string;
  programme?: string;
  funder?: string;
  implementer?: string;
  status?: string;
  archived?: string;
  validated?: string;
  overdue?: string;
};

export function ProjectFilters({
  values,
  countries,
  programmes,
  statuses,
  canSeeArchived,
}: {
  values: ProjectFilterValues;
  countries: Option[];
  programmes: Option[];
  statuses: Option[];
  canSeeArchived: boolean;
}) {
  const t = useTranslations("projects.filters");
  const archivedId = useId();
  return (
    <FilterForm action="/projects" label={t("label")} columns={6} labels={{ apply: t("apply"), reset: t("reset") }}>
      <SearchField label={t("search")} value={values.q} placeholder={t("searchPlaceholder")} className="sm:col-span-2 lg:col-span-6" />
      <FilterSelect name="country" label={t("country")} value={values.country} options={countries} allLabel={t("all")} />
      <FilterSelect name="programme" label={t("programme")} value={values.programme} options={programmes} allLabel={t("all")} />
      <AsyncComboboxFilter name="funder" label={t("funder")} value={values.funder} kind="organisation" allLabel={t("all")} />
      <AsyncComboboxFilter name="implementer" label={t("implementer")} value={values.implementer} kind="organisation" allLabel={t("all")} />
      <FilterSelect name="status" label={t("status")} value={values.status} options={statuses} allLabel={t("all")} />
      <CheckboxFilter name="validated" label={t("validatedOnly")} checked={values.validated === "1"} />
      <CheckboxFilter name="overdue" label={t("overdueOnly")} checked={values.overdue === "1"} />
      {canSeeArchived && (
        <div className="flex items-center gap-2 pb-2">
          <input id={archivedId} name="archived" type="checkbox" value="1" defaultChecked={values.archived === "1"} className="size-4 accent-primary" />
          <Label htmlFor={archivedId}>{t("archived")}</Label>
        </div>
      )}
    </FilterForm>
  );
}
