"use client";

/** The calendar's filters (kind, country): the shared GET filter form, keeping month and view. */
import { useTranslations } from "next-intl";
import type { Option } from "@/components/forms/fields";
import { FilterForm } from "@/components/forms/filter-form";
import { FilterSelect } from "@/components/forms/filter-select";

export function CalendarFilters({
  values,
  kinds,
  countries,
}: {
  values: { month: string; view: string; kind?: string; country?: string };
  kinds: Option[];
  countries: Option[];
}) {
  const t = useTranslations("calendar.filters");
  return (
    <FilterForm
      action="/calendar"
      label={t("label")}
      columns={4}
      hidden={{ month: values.month, view: values.view === "month" ? undefined : values.view }}
      resetHref={`/calendar?month=${values.month}${values.view === "month" ? "" : `&view=${values.view}`}`}
      labels={{ apply: t("apply"), reset: t("reset") }}
    >
      <FilterSelect name="kind" label={t("kind")} value={values.kind} options={kinds} allLabel={t("all")} />
      <FilterSelect name="country" label={t("country")} value={values.country} options={countries} allLabel={t("all")} />
    </FilterForm>
  );
}
