"use client";

/**
 * The shell of a list's filters: a plain GET form, so filters (and view, page…) live in the URL:
 * bookmarkable, the back button works, and it works before JavaScript loads. "All" and empty
 * fields are left out of the URL on submit. On a phone the fields fold behind one "Filters" button
 * that says how many filters are on, so that the list itself is on the first screen.
 */
import { useId, useState } from "react";
import { Link } from "@/components/ui/link";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { ChevronDown, Search, SlidersHorizontal } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { dropEmptyFields } from "@/components/forms/filter-select";
import { cn } from "@/lib/utils";

// Whole class names, so that Tailwind finds them in the source.
const gridColumns = { 4: "lg:grid-cols-4", 6: "lg:grid-cols-6" } as const;

/** URL parameters that are not filters: where the user is in the list, and how it is shown. */
const notFilters = new Set(["page", "view", "sort", "order", "cursor"]);

export function FilterForm({
  action,
  label,
  columns,
  resetHref = action,
  hidden = {},
  labels,
  children,
}: {
  action: string;
  /** The form's accessible name (it is a search landmark). */
  label: string;
  /** Columns on a wide screen; the buttons take a whole row below the fields. */
  columns: keyof typeof gridColumns;
  /** Where "reset" leads (by default the bare list). */
  resetHref?: string;
  /** Fields kept as they are (e.g. `archived=1`, `view=board`); an undefined one is left out. */
  hidden?: Record<string, string | undefined>;
  labels: { apply: string; reset: string };
  children: React.ReactNode;
}) {
  const t = useTranslations("shell");
  const formId = useId();
  const [open, setOpen] = useState(false);
  const searchParams = useSearchParams();
  const activeCount = [...new Set(searchParams.keys())].filter(
    (name) => !notFilters.has(name) && !(name in hidden) && searchParams.getAll(name).some((value) => value !== ""),
  ).length;
  return (
    <div className="grid gap-2">
      <Button
        type="button"
        variant="outline"
        className="justify-between sm:hidden"
        aria-expanded={open}
        aria-controls={formId}
        onClick={() => setOpen((was) => !was)}
      >
        <span className="flex items-center gap-2">
          <SlidersHorizontal aria-hidden className="size-4" />
          {t("filters")}
          <span className="text-muted-foreground text-xs">({t("activeFilters", { count: activeCount })})</span>
        </span>
        <ChevronDown aria-hidden className={cn("size-4 transition-transform", open && "rotate-180")} />
      </Button>
      <form
        id={formId}
        method="get"
        action={action}
        role="search"
        aria-label={label}
        className={cn("gap-3 rounded-lg border bg-card p-4 sm:grid sm:grid-cols-2 lg:items-end", open ? "grid" : "hidden", gridColumns[columns])}
        onSubmit={dropEmptyFields}
      >
        {Object.entries(hidden).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
        {children}
        <div className="col-span-full flex gap-2">
          <Button type="submit">
            <Search aria-hidden className="size-4" />
            {labels.apply}
          </Button>
          <Button variant="ghost" asChild>
            <Link href={resetHref}>{labels.reset}</Link>
          </Button>
        </div>
      </form>
    </div>
  );
}

/** The free-text search box of a filter form (`q`), its direction following what is typed. */
export function SearchField({ label, value, placeholder, className }: { label: string; value?: string; placeholder: string; className?: string }) {
  const id = useId();
  return (
    <div className={cn("grid gap-1.5", className)}>
      <Label htmlFor={id}>{label}</Label>
      <Input id={id} name="q" type="search" defaultValue={value} placeholder={placeholder} dir="auto" />
    </div>
  );
}

/** A yes/no filter: a checkbox that puts `name=1` in the URL when ticked (e.g. `validated=1`). */
export function CheckboxFilter({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  const id = useId();
  return (
    <div className="flex items-center gap-2 pb-2">
      <input id={id} name={name} type="checkbox" value="1" defaultChecked={checked} className="size-4 accent-primary" />
      <Label htmlFor={id}>{label}</Label>
    </div>
  );
}
