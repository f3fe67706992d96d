"use client";

/** Create / edit an organisation (react-hook-form + the schema the server uses). */
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { useTranslations } from "next-intl";
import { NativeSelectField, TextField, type Option } from "@/components/forms/fields";
import { ComboboxField } from "@/components/forms/combobox-field";
import { LocalizedFields } from "@/components/forms/localized-fields";
import { RecordForm } from "@/components/forms/record-form";
import { organisationTypes } from "@/db/enums";
import { createOrganisation, updateOrganisation } from "@/lib/organisations/actions";
import type { OrganisationFormValues } from "@/lib/organisations/schema";
import { useRecordFormSubmit } from "@/components/forms/record-form-submit";

/** The form's zod schema, loaded on first validation (components/forms/lazy-zod-resolver.ts). */
const organisationFormResolver = lazyZodResolver<OrganisationFormValues>(() => import("@/lib/organisations/schema").then((m) => m.organisationFormSchema));

type Props =
  | { mode: "create"; initialValues: OrganisationFormValues; countries: Option[] }
  | { mode: "edit"; initialValues: OrganisationFormValues; countries: Option[]; organisationId: number; version: number };

export function OrganisationForm(props: Props) {
  const t = useTranslations("organisations");
  const tf = useTranslations("organisations.form");
  const form = useForm<OrganisationFormValues>({ resolver: organisationFormResolver, defaultValues: props.initialValues, mode: "onTouched", shouldFocusError: false });
  const submit = useRecordFormSubmit(form, {
    record: props.mode === "edit" ? { id: props.organisationId, version: props.version } : null,
    create: (values, idempotencyKey) => createOrganisation({ ...values, idempotencyKey }),
    update: updateOrganisation,
    basePath: "/organisations",
  });

  return (
    <RecordForm form={form} submit={submit} words={tf} fieldsCard="sm:grid-cols-3">
      <LocalizedFields form={form} prefix="name" labelOf={tf} className="sm:col-span-3" />
      <TextField form={form} name="acronym" label={tf("acronym")} dir="auto" />
      <NativeSelectField form={form} name="type" label={tf("type")} options={organisationTypes.map((k) => ({ value: k, label: t(`types.${k}`) }))} required />
      <ComboboxField form={form} name="countryCode" label={tf("country")} options={props.countries} emptyLabel={tf("noCountry")} />
    </RecordForm>
  );
}
