"use client";

/**
 * The meetings list's filters: the shared GET filter form, so filters and page live in the URL
 * (bookmarkable, back button works, and it works before JavaScript loads).
 */
import { useId } from "react";
import { useTranslations } from "next-intl";
import { DateFilterInput } from "@/components/forms/date-input";
import { Label } from "@/components/ui/label";
import type { Option } from "@/components/forms/fields";
import { CheckboxFilter, FilterForm, SearchField } from "@/components/forms/filter-form";
import { FilterSelect } from "@/components/forms/filter-select";

export function MeetingFilters({
  values,
  countries,
  events,
  kinds,
}: {
  values: { q?: string; country?: string; from?: string; to?: string; event?: string; kind?: string; validated?: string };
  countries: Option[];
  events: Option[];
  kinds: Option[];
}) {
  const t = useTranslations("meetings.filters");
  const ids = { from: useId(), to: useId() };
  return (
    <FilterForm action="/meetings" label={t("label")} columns={4} labels={{ apply: t("apply"), reset: t("reset") }}>
      <SearchField label={t("search")} value={values.q} placeholder={t("searchPlaceholder")} className="sm:col-span-2" />
      <FilterSelect name="country" label={t("country")} value={values.country} options={countries} allLabel={t("all")} />
      <FilterSelect name="kind" label={t("kind")} value={values.kind} options={kinds} allLabel={t("all")} />
      <FilterSelect name="event" label={t("event")} value={values.event} options={events} allLabel={t("all")} />
      <div className="grid gap-1.5">
        <Label htmlFor={ids.from}>{t("from")}</Label>
        <DateFilterInput id={ids.from} name="from" label={t("from")} defaultValue={values.from} bound="start" />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor={ids.to}>{t("to")}</Label>
        <DateFilterInput id={ids.to} name="to" label={t("to")} defaultValue={values.to} bound="end" />
      </div>
      <CheckboxFilter name="validated" label={t("validatedOnly")} checked={values.validated === "1"} />
    </FilterForm>
  );
}
