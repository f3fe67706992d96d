"use client";

/**
 * The three language versions of one text (a name, a title, a subject): `${prefix}Ar`, written
 * right to left, then `${prefix}Fr` and `${prefix}En`, each on a row of its own.
 */
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { TextField, TextareaField } from "@/components/forms/fields";

const languages = [
  { suffix: "Ar", dir: "rtl", lang: "ar" },
  { suffix: "Fr", dir: "ltr", lang: "fr" },
  { suffix: "En", dir: "ltr", lang: "en" },
] as const;

/**
 * @param prefix    the fields' common start, e.g. `"name"` for nameAr, nameFr, nameEn
 * @param labelOf   the form's translator: each field's label is its own name (`labelOf("nameAr")`)
 * @param hint      said under the Arabic field (the first)
 * @param className e.g. `sm:col-span-3`, so that each version takes the whole row of the grid
 * @param rows      makes them text areas of that many rows (inputs otherwise)
 */
export function LocalizedFields<T extends FieldValues>({
  form,
  prefix,
  labelOf,
  hint,
  className,
  rows,
}: {
  form: UseFormReturn<T>;
  prefix: string;
  labelOf: (key: string) => string;
  hint?: string;
  className?: string;
  rows?: number;
}) {
  return languages.map(({ suffix, dir, lang }, index) => {
    const name = `${prefix}${suffix}` as Path<T>;
    const common = { form, name, label: labelOf(name), dir, lang, className, hint: index === 0 ? hint : undefined };
    return rows ? <TextareaField key={name} {...common} rows={rows} /> : <TextField key={name} {...common} />;
  });
}
