"use client";

/**
 * The dashboard's filters (country, funder): a plain GET form, so the filters live in the URL
 * and work before JavaScript loads.
 */
import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { Filter } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";
import type { Option } from "@/components/forms/fields";
import { AsyncComboboxFilter } from "@/components/forms/async-combobox-field";
import { dropEmptyFields, FilterSelect } from "@/components/forms/filter-select";

export function DashboardFilters({
  values,
  countries,
}: {
  values: { country?: string; funder?: string };
  countries: Option[];
}) {
  const t = useTranslations("dashboard.filters");
  return (
    <form
      method="get"
      action="/"
      aria-label={t("label")}
      className="flex flex-wrap items-end gap-3 rounded-lg border bg-card p-4"
      onSubmit={dropEmptyFields}
    >
      <FilterSelect name="country" label={t("country")} value={values.country} options={countries} allLabel={t("all")} className="min-w-48" />
      <AsyncComboboxFilter name="funder" label={t("funder")} value={values.funder} kind="funder" allLabel={t("all")} />
      <Button type="submit">
        <Filter aria-hidden className="size-4" />
        {t("apply")}
      </Button>
      {(values.country || values.funder) && (
        <Button variant="ghost" asChild>
          <Link href="/">{t("reset")}</Link>
        </Button>
      )}
      <p className="basis-full text-xs text-muted-foreground">{t("hint")}</p>
    </form>
  );
}
