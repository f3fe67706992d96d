"use client";

/** Create / edit a person of the directory (react-hook-form + the schema the server uses). */
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { useTranslations } from "next-intl";
import { TextField, TextareaField, type Option } from "@/components/forms/fields";
import { ComboboxField } from "@/components/forms/combobox-field";
import { RecordForm } from "@/components/forms/record-form";
import { createPerson, updatePerson } from "@/lib/people/actions";
import type { PersonFormValues } from "@/lib/people/schema";
import { useRecordFormSubmit } from "@/components/forms/record-form-submit";

/** The form's zod schema, loaded on first validation (components/forms/lazy-zod-resolver.ts). */
const personFormResolver = lazyZodResolver<PersonFormValues>(() => import("@/lib/people/schema").then((m) => m.personFormSchema));

type Props =
  | { mode: "create"; initialValues: PersonFormValues; countries: Option[] }
  | { mode: "edit"; initialValues: PersonFormValues; countries: Option[]; personId: number; version: number };

export function PersonForm(props: Props) {
  const t = useTranslations("people.form");
  const form = useForm<PersonFormValues>({ resolver: personFormResolver, defaultValues: props.initialValues, mode: "onTouched", shouldFocusError: false });
  const submit = useRecordFormSubmit(form, {
    record: props.mode === "edit" ? { id: props.personId, version: props.version } : null,
    create: (values, idempotencyKey) => createPerson({ ...values, idempotencyKey }),
    update: updatePerson,
    basePath: "/people",
  });

  return (
    <RecordForm form={form} submit={submit} words={t} fieldsCard="sm:grid-cols-2">
      <TextField form={form} name="name" label={t("name")} hint={t("nameHint")} dir="auto" required />
      <TextField form={form} name="nameTransliterated" label={t("nameTransliterated")} dir="auto" />
      <ComboboxField form={form} name="countryCode" label={t("country")} options={props.countries} emptyLabel={t("noCountry")} />
      <TextareaField form={form} name="notes" label={t("notes")} rows={3} dir="auto" className="sm:col-span-2" />
    </RecordForm>
  );
}
