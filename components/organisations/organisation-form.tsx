"use client";

/** Create / edit an organisation (react-hook-form + the schema the server uses). */
import { useSavedToast } from "@/components/forms/saved-toast";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Card, CardContent } from "@/components/ui/card";
import { SelectField, TextField, type Option } from "@/components/forms/fields";
import { ComboboxField } from "@/components/forms/combobox-field";
import { FormErrorAlert, useActionErrors } from "@/components/forms/action-errors";
import { FormActions } from "@/components/forms/form-actions";
import { organisationTypes } from "@/db/schema";
import { createOrganisation, updateOrganisation } from "@/lib/organisations/actions";
import { organisationFormSchema, type OrganisationFormValues } from "@/lib/organisations/schema";
import type { ActionResult } from "@/lib/write/run-mutation";
import { useIdempotencyKey } from "@/components/forms/idempotency-key";

type Props =
  | { mode: "create"; initialValues: OrganisationFormValues; countries: Option[] }
  | { mode: "edit"; initialValues: OrganisationFormValues; countries: Option[]; organisationId: number; version: number };

export function OrganisationForm(props: Props) {
  const t = useTranslations("organisations");
  const tf = useTranslations("organisations.form");
  const router = useRouter();
  const savedToast = useSavedToast();
  const form = useForm<OrganisationFormValues>({ resolver: zodResolver(organisationFormSchema), defaultValues: props.initialValues, mode: "onTouched" });
  const { formError, clearFormError, showRefusal } = useActionErrors(form);
  const { idempotencyKey } = useIdempotencyKey();

  async function onSubmit(values: OrganisationFormValues) {
    clearFormError();
    const result: ActionResult<{ id: number }> =
      props.mode === "create" ? await createOrganisation({ ...values, idempotencyKey }) : await updateOrganisation({ id: props.organisationId, version: props.version, values });
    if (result.ok) {
      savedToast(`/organisations/${result.data.id}`);
      router.push(`/organisations/${result.data.id}`);
      router.refresh();
      return;
    }
    showRefusal(result);
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-6" aria-label={tf("label")}>
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
