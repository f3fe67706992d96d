"use client";

/** Create / edit an organisation (react-hook-form + the schema the server uses). */
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Card, CardContent } from "@/components/ui/card";
import { SelectField, TextField, type Option } from "@/components/forms/fields";
import { ComboboxField } from "@/components/forms/combobox-field";
import { FormErrorAlert } from "@/components/forms/action-errors";
import { FormActions } from "@/components/forms/form-actions";
import { organisationTypes } from "@/db/schema";
import { createOrganisation, updateOrganisation } from "@/lib/organisations/actions";
import { organisationFormSchema, type OrganisationFormValues } from "@/lib/organisations/schema";
import { useRecordFormSubmit } from "@/components/forms/record-form-submit";

type Props =
  | { mode: "create"; initialValues: OrganisationFormValues; countries: Option[] }
  | { mode: "edit"; initialValues: OrganisationFormValues; countries: Option[]; organisationId: number; version: number };

export function OrganisationForm(props: Props) {
  const t = useTranslations("organisations");
  const tf = useTranslations("organisations.form");
  const form = useForm<OrganisationFormValues>({ resolver: zodResolver(organisationFormSchema), defaultValues: props.initialValues, mode: "onTouched" });
  const { formError, onSubmit } = useRecordFormSubmit(form, {
    save: (values, idempotencyKey) =>
      props.mode === "create" ? createOrganisation({ ...values, idempotencyKey }) : updateOrganisation({ id: props.organisationId, version: props.version, values }),
    recordPath: (id) => `/organisations/${id}`,
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6" aria-label={tf("label")}>
      <FormErrorAlert error={formError} currentHref={props.mode === "edit" ? `/organisations/${props.organisationId}` : undefined} />
      <Card>
        <CardContent className="grid gap-4 sm:grid-cols-3">
          <TextField form={form} name="nameAr" label={tf("nameAr")} dir="rtl" lang="ar" className="sm:col-span-3" />
          <TextField form={form} name="nameFr" label={tf("nameFr")} dir="ltr" lang="fr" className="sm:col-span-3" />
          <TextField form={form} name="nameEn" label={tf("nameEn")} dir="ltr" lang="en" className="sm:col-span-3" />
          <TextField form={form} name="acronym" label={tf("acronym")} dir="auto" />
          <SelectField form={form} name="type" label={tf("type")} options={organisationTypes.map((k) => ({ value: k, label: t(`types.${k}`) }))} required />
          <ComboboxField form={form} name="countryCode" label={tf("country")} options={props.countries} emptyLabel={tf("noCountry")} />
        </CardContent>
      </Card>
      <FormActions submitting={form.formState.isSubmitting} labels={{ save: tf("save"), saving: tf("saving"), cancel: tf("cancel") }} />
    </form>
  );
}
