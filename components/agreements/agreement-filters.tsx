"use client";

/**
 * The agreements list's filters: a plain GET form, so filters, view and page live in the URL.
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

export function AgreementFilters({
  values,
  statuses,
  types,
  countries,
}: {
  values: { q?: string; status?: string; type?: string; country?: string; from?: string; to?: string; view: string };
  statuses: Option[];
  types: Option[];
  countries: Option[];
}) {
  const t = useTranslations("agreements.filters");
  const ids = { q: useId(), from: useId(), to: useId() };
  return (
    <form
      method="get"
      action="/agreements"
      role="search"
      aria-label={t("label")}
      className="grid gap-3 rounded-lg border bg-card p-4 sm:grid-cols-2 lg:grid-cols-6 lg:items-end"
      onSubmit={dropEmptyFields}
    >
      {values.view !== "table" && <input type="hidden" name="view" value={values.view} />}
      <div className="grid gap-1.5 sm:col-span-2 lg:col-span-1">
        <Label htmlFor={ids.q}>{t("search")}</Label>
        <Input id={ids.q} name="q" type="search" defaultValue={values.q} placeholder={t("searchPlaceholder")} dir="auto" />
      </div>
      <FilterSelect name="status" label={t("status")} value={values.status} options={statuses} allLabel={t("all")} />
      <FilterSelect name="type" label={t("type")} value={values.type} options={types} allLabel={t("all")} />
      <FilterSelect name="country" label={t("country")} value={values.country} options={countries} allLabel={t("all")} />
      <fieldset className="grid grid-cols-2 gap-2 lg:col-span-2">
        <legend className="mb-1.5 text-sm font-medium">{t("signedBetween")}</legend>
        <div className="grid gap-1.5">
          <Label htmlFor={ids.from} className="text-xs text-muted-foreground">{t("from")}</Label>
          <Input id={ids.from} name="from" type="date" defaultValue={values.from} />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor={ids.to} className="text-xs text-muted-foreground">{t("to")}</Label>
          <Input id={ids.to} name="to" type="date" defaultValue={values.to} />
        </div>
      </fieldset>
      <div className="flex gap-2 lg:col-span-6">
        <Button type="submit">
          <Search aria-hidden className="size-4" />
          {t("apply")}
        </Button>
        <Button variant="ghost" asChild>
          <Link href={values.view === "board" ? "/agreements?view=board" : "/agreements"}>{t("reset")}</Link>
        </Button>
      </div>
    </form>
  );
}
