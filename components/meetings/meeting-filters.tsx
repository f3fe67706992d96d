"use client";

/**
 * The meetings list's filters: a plain GET form, so filters and page live in the URL
 * (bookmarkable, back button works, and it works before JavaScript loads).
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
  const ids = { q: useId(), from: useId(), to: useId(), validated: useId() };
  return (
    <form
      method="get"
      action="/meetings"
      role="search"
      aria-label={t("label")}
      className="grid gap-3 rounded-lg border bg-card p-4 sm:grid-cols-2 lg:grid-cols-6 lg:items-end"
      onSubmit={(event) => {
        // Leave "all" and empty fields out of the URL.
        const form = event.currentTarget;
        for (const element of Array.from(form.elements)) {
          const field = element as HTMLInputElement | HTMLSelectElement;
          if (field.name && (field.value === "" || field.value === ALL)) field.disabled = true;
        }
      }}
    >
      <div className="grid gap-1.5 sm:col-span-2">
        <Label htmlFor={ids.q}>{t("search")}</Label>
        <Input id={ids.q} name="q" type="search" defaultValue={values.q} placeholder={t("searchPlaceholder")} dir="auto" />
      </div>
      <FilterSelect name="country" label={t("country")} value={values.country} options={countries} allLabel={t("all")} />
      <FilterSelect name="kind" label={t("kind")} value={values.kind} options={kinds} allLabel={t("all")} />
      <FilterSelect name="event" label={t("event")} value={values.event} options={events} allLabel={t("all")} />
      <div className="grid grid-cols-2 gap-2 lg:col-span-1">
        <div className="grid gap-1.5">
          <Label htmlFor={ids.from}>{t("from")}</Label>
          <Input id={ids.from} name="from" type="date" defaultValue={values.from} />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor={ids.to}>{t("to")}</Label>
          <Input id={ids.to} name="to" type="date" defaultValue={values.to} />
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-2 lg:col-span-6">
        <label htmlFor={ids.validated} className="me-4 flex items-center gap-2 text-sm">
          <input id={ids.validated} type="checkbox" name="validated" value="1" defaultChecked={values.validated === "1"} className="size-4 accent-primary" />
          {t("validatedOnly")}
        </label>
        <Button type="submit">
          <Search aria-hidden className="size-4" />
          {t("apply")}
        </Button>
        <Button variant="ghost" asChild>
          <Link href="/meetings">{t("reset")}</Link>
        </Button>
      </div>
    </form>
  );
}
