"use client";

/**
 * The agreements list's filters: a plain GET form, so filters, view and page live in the URL.
 */
import { useId } from "react";
import { useTranslations } from "next-intl";
import { DateFilterInput } from "@/components/forms/date-input";
import { Label } from "@/components/ui/label";
import type { Option } from "@/components/forms/fields";
import { CheckboxFilter, FilterForm, SearchField } from "@/components/forms/filter-form";
import { FilterSelect } from "@/components/forms/filter-select";

export function AgreementFilters({
  values,
  statuses,
  types,
  countries,
}: {
  values: { q?: string; status?: string; type?: string; country?: string; from?: string; to?: string; view: string; validated?: string };
  statuses: Option[];
  types: Option[];
  countries: Option[];
}) {
  const t = useTranslations("agreements.filters");
  const ids = { from: useId(), to: useId() };
  return (
    <FilterForm
      action="/agreements"
      label={t("label")}
      columns={6}
      hidden={{ view: values.view !== "table" ? values.view : undefined }}
      resetHref={values.view === "board" ? "/agreements?view=board" : "/agreements"}
      labels={{ apply: t("apply"), reset: t("reset") }}
    >
      <SearchField label={t("search")} value={values.q} placeholder={t("searchPlaceholder")} className="sm:col-span-2 lg:col-span-1" />
      <FilterSelect name="status" label={t("status")} value={values.status} options={statuses} allLabel={t("all")} />
      <FilterSelect name="type" label={t("type")} value={values.type} options={types} allLabel={t("all")} />
      <FilterSelect name="country" label={t("country")} value={values.country} options={countries} allLabel={t("all")} />
      <fieldset className="grid grid-cols-2 gap-2 lg:col-span-2">
        <legend className="mb-1.5 text-sm font-medium">{t("signedBetween")}</legend>
        <div className="grid gap-1.5">
          <Label htmlFor={ids.from} className="text-xs text-muted-foreground">{t("from")}</Label>
          <DateFilterInput id={ids.from} name="from" label={t("from")} defaultValue={values.from} bound="start" />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor={ids.to} className="text-xs text-muted-foreground">{t("to")}</Label>
          <DateFilterInput id={ids.to} name="to" label={t("to")} defaultValue={values.to} bound="end" />
        </div>
      </fieldset>
      <CheckboxFilter name="validated" label={t("validatedOnly")} checked={values.validated === "1"} />
    </FilterForm>
  );
}
