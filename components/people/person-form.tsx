"use client";

/** Create / edit a person of the directory (react-hook-form + the schema the server uses). */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Alert, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { SelectField, TextField, TextareaField, type Option } from "@/components/forms/fields";
import { createPerson, updatePerson } from "@/lib/people/actions";
import { personFormSchema, type PersonFormValues } from "@/lib/people/schema";
import type { ActionResult } from "@/lib/write/run-mutation";

type Props =
  | { mode: "create"; initialValues: PersonFormValues; countries: Option[] }
  | { mode: "edit"; initialValues: PersonFormValues; countries: Option[]; personId: number; version: number };

export function PersonForm(props: Props) {
  const t = useTranslations("people.form");
  const te = useTranslations("errors");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<PersonFormValues>({ resolver: zodResolver(personFormSchema), defaultValues: props.initialValues, mode: "onTouched" });

  async function onSubmit(values: PersonFormValues) {
    setFormError(null);
    const result: ActionResult<{ id: number }> =
      props.mode === "create" ? await createPerson(values) : await updatePerson({ id: props.personId, version: props.version, values });
    if (result.ok) {
      router.push(`/people/${result.data.id}`);
      router.refresh();
      return;
    }
    for (const [path, keys] of Object.entries(result.fieldErrors ?? {})) {
      if (path !== "_form") form.setError(path.replace(/^values\./, "") as never, { type: "server", message: keys[0] });
    }
    setFormError(result.message);
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-6" aria-label={t("label")}>
      {formError && (
        <Alert variant="destructive" role="alert">
          <AlertTitle>{te.has(formError) ? te(formError) : te("failed")}</AlertTitle>
        </Alert>
      )}
      <Card>
        <CardContent className="grid gap-4 sm:grid-cols-2">
          <TextField form={form} name="name" label={t("name")} hint={t("nameHint")} dir="auto" required />
          <TextField form={form} name="nameTransliterated" label={t("nameTransliterated")} dir="auto" />
          <SelectField form={form} name="countryCode" label={t("country")} options={props.countries} emptyLabel={t("noCountry")} />
          <TextareaField form={form} name="notes" label={t("notes")} rows={3} dir="auto" className="sm:col-span-2" />
        </CardContent>
      </Card>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("saving") : t("save")}
        </Button>
        <Button type="button" variant="ghost" onClick={() => router.back()}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
