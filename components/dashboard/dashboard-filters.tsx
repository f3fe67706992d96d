"use client";

/**
 * The dashboard's filters (country, funder): a plain GET form, so the filters live in the URL
 * and work before JavaScript loads.
 */
import { useId } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Filter } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { Option } from "@/components/forms/fields";
import { AsyncComboboxFilter } from "@/components/forms/async-combobox-field";

const ALL = "__all__";

function FilterSelect({ name, label, value, options, allLabel }: { name: string; label: string; value?: string; options: Option[]; allLabel: string }) {
  const id = useId();
  return (
    <div className="grid min-w-48 gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Select name={name} defaultValue={value ?? ALL}>
        <SelectTrigger id={id} className="w-full">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          <SelectItem value={ALL}>{allLabel}</SelectItem>
          {options.map((o) => (
            <SelectItem key={o.value} value={o.value}>
              {o.label}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
}

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
      onSubmit={(event) => {
        // Leave "all" out of the URL.
        for (const element of Array.from(event.currentTarget.elements)) {
          const field = element as HTMLInputElement | HTMLSelectElement;
          if (field.name && (field.value === "" || field.value === ALL)) field.disabled = true;
        }
      }}
    >
      <FilterSelect name="country" label={t("country")} value={values.country} options={countries} allLabel={t("all")} />
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
