"use client";

/**
 * The projects list's filters: a plain GET form, so filters live in the URL (bookmarkable, the
 * back button works, and it works before JavaScript loads).
 */
import { useId } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { Option } from "@/components/forms/fields";

const ALL = "__all__";

function FilterSelect({ name, label, value, options, allLabel }: { name: string; label: string; value?: string; options: Option[]; allLabel: string }) {
  const id = useId();
  return (
    <div className="grid gap-1.5">
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

export type ProjectFilterValues = {
  q?: string;
  country?: string;
  programme?: string;
  funder?: string;
  implementer?: string;
  status?: string;
  archived?: string;
};

export function ProjectFilters({
  values,
  countries,
  programmes,
  funders,
  implementers,
  statuses,
  canSeeArchived,
}: {
  values: ProjectFilterValues;
  countries: Option[];
  programmes: Option[];
  funders: Option[];
  implementers: Option[];
  statuses: Option[];
  canSeeArchived: boolean;
}) {
  const t = useTranslations("projects.filters");
  const ids = { q: useId(), archived: useId() };
  return (
    <form
      method="get"
      action="/projects"
      role="search"
      aria-label={t("label")}
      className="grid gap-3 rounded-lg border bg-card p-4 sm:grid-cols-2 lg:grid-cols-6 lg:items-end"
      onSubmit={(event) => {
        // Leave "all" and empty fields out of the URL.
        for (const element of Array.from(event.currentTarget.elements)) {
          const field = element as HTMLInputElement | HTMLSelectElement;
          if (field.name && (field.value === "" || field.value === ALL)) field.disabled = true;
        }
      }}
    >
      <div className="grid gap-1.5 sm:col-span-2 lg:col-span-6">
        <Label htmlFor={ids.q}>{t("search")}</Label>
        <Input id={ids.q} name="q" type="search" defaultValue={values.q} placeholder={t("searchPlaceholder")} dir="auto" />
      </div>
      <FilterSelect name="country" label={t("country")} value={values.country} options={countries} allLabel={t("all")} />
      <FilterSelect name="programme" label={t("programme")} value={values.programme} options={programmes} allLabel={t("all")} />
      <FilterSelect name="funder" label={t("funder")} value={values.funder} options={funders} allLabel={t("all")} />
      <FilterSelect name="implementer" label={t("implementer")} value={values.implementer} options={implementers} allLabel={t("all")} />
      <FilterSelect name="status" label={t("status")} value={values.status} options={statuses} allLabel={t("all")} />
      {canSeeArchived && (
        <div className="flex items-center gap-2 pb-2">
          <input id={ids.archived} name="archived" type="checkbox" value="1" defaultChecked={values.archived === "1"} className="size-4 accent-primary" />
          <Label htmlFor={ids.archived}>{t("archived")}</Label>
        </div>
      )}
      <div className="flex gap-2 sm:col-span-2 lg:col-span-6">
        <Button type="submit">
          <Search aria-hidden className="size-4" />
          {t("apply")}
        </Button>
        <Button variant="ghost" asChild>
          <Link href="/projects">{t("reset")}</Link>
        </Button>
      </div>
    </form>
  );
}
