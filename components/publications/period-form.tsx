"use client";

/**
 * The period and language of the generated page: a GET form, so the choice lives in the URL
 * (bookmarkable, and the downloads and the print view take the same query string). Dates are
 * typed at the precision the user means: a year, a month or a day.
 */
import { useId } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { dropEmptyFields } from "@/components/forms/filter-select";

export function PublicationPeriodForm({ values, errors }: { values: { from?: string; to?: string; lang?: string }; errors: { field: string; message: string }[] }) {
  const t = useTranslations("publications");
  const te = useTranslations("errors");
  const ids = { from: useId(), to: useId(), lang: useId(), hint: useId() };
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <form method="get" action="/publications" aria-label={t("form.legend")} onSubmit={dropEmptyFields} className="grid gap-3 rounded-lg border bg-card p-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-end">
      {(["from", "to"] as const).map((field) => (
        <div key={field} className="grid gap-1.5">
          <Label htmlFor={ids[field]}>{t(`form.${field}`)}</Label>
          <Input
            id={ids[field]}
            name={field}
            defaultValue={values[field] ?? ""}
            inputMode="numeric"
            dir="ltr"
            className="text-start"
            placeholder="2018-03"
            aria-describedby={`${ids.hint}${errorOf(field) ? ` ${ids[field]}-error` : ""}`}
            aria-invalid={errorOf(field) ? true : undefined}
          />
          {errorOf(field) && (
            <p id={`${ids[field]}-error`} className="text-sm text-destructive">
              {te(errorOf(field)!)}
            </p>
          )}
        </div>
      ))}
      <div className="grid gap-1.5">
        <Label htmlFor={ids.lang}>{t("form.language")}</Label>
        <NativeSelect id={ids.lang} name="lang" defaultValue={values.lang ?? "ar"}>
          {(["ar", "fr", "en"] as const).map((lang) => (
            <option key={lang} value={lang}>
              {t(`languages.${lang}`)}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div>
        <Button type="submit">{t("form.show")}</Button>
      </div>
      <p id={ids.hint} className="col-span-full text-sm text-muted-foreground">
        {t("form.dateHint")}
      </p>
    </form>
  );
}
