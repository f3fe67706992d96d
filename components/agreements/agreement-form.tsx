"use client";

/**
 * Create / edit an agreement: react-hook-form with the zod schema the server also uses. On create
 * the form also asks the status the agreement is in (and since when); afterwards the status moves
 * only through the transition form of the agreement's page.
 */
import { DateField } from "@/components/forms/partial-date-input";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { SelectField, TextField, TextareaField, type Option } from "@/components/forms/fields";
import { ComboboxField } from "@/components/forms/combobox-field";
import { AsyncComboboxField } from "@/components/forms/async-combobox-field";
import { FormErrorAlert } from "@/components/forms/action-errors";
import { FormActions } from "@/components/forms/form-actions";
import { SectionCard } from "@/components/shell/record-page";
import { agreementTypes, signingStatuses } from "@/db/schema";
import { createAgreement, updateAgreement } from "@/lib/agreements/actions";
import {
  agreementCreateSchema,
  agreementFormSchema,
  type AgreementCreateValues,
  type AgreementFormValues,
} from "@/lib/agreements/schema";
import { dateColumnOf } from "@/lib/agreements/workflow";
import { useRecordFormSubmit } from "@/components/forms/record-form-submit";

export type AgreementFormOptions = { countries: Option[] };

type Props =
  | { mode: "create"; initialValues: AgreementCreateValues; options: AgreementFormOptions }
  | { mode: "edit"; initialValues: AgreementFormValues; options: AgreementFormOptions; agreementId: number; version: number };

export function AgreementForm(props: Props) {
  const t = useTranslations("agreements");
  const tf = useTranslations("agreements.form");
  const [version, setVersion] = useState(props.mode === "edit" ? props.version : 0);
  const form = useForm<AgreementCreateValues>({
    // The edit form has no status fields: it is validated by the edit schema.
    resolver: zodResolver(props.mode === "create" ? agreementCreateSchema : (agreementFormSchema as unknown as typeof agreementCreateSchema)),
    defaultValues: props.initialValues as AgreementCreateValues,
    mode: "onTouched",
  });
  const { formError, onSubmit } = useRecordFormSubmit(form, {
    save: (values, idempotencyKey) => {
      if (props.mode === "create") return createAgreement({ ...values, idempotencyKey });
      const { signingStatus: _status, statusOn: _since, ...edit } = values;
      return updateAgreement({ id: props.agreementId, version, values: edit });
    },
    recordPath: (id) => `/agreements/${id}`,
    onSaved: (saved) => {
      if (saved.version) setVersion(saved.version);
    },
  });
  const status = useWatch({ control: form.control, name: "signingStatus" });

  const dateHint = tf("partialDateHint");
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6" aria-label={tf("label")}>
      <FormErrorAlert error={formError} currentHref={props.mode === "edit" ? `/agreements/${props.agreementId}` : undefined} />

      <SectionCard title={tf("what")} contentClassName="grid gap-4 sm:grid-cols-3">
        <SelectField form={form} name="type" label={tf("type")} options={agreementTypes.map((k) => ({ value: k, label: t(`types.${k}`) }))} required />
        {props.mode === "create" && (
          <>
            <SelectField
              form={form}
              name="signingStatus"
              label={tf("signingStatus")}
              options={signingStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
              required
            />
            {!dateColumnOf(status) && (
              <DateField form={form} name="statusOn" label={tf("statusOn")} hint={tf("statusOnHint")} />
            )}
          </>
        )}
        <TextField form={form} name="titleAr" label={tf("titleAr")} dir="rtl" lang="ar" className="sm:col-span-3" />
        <TextField form={form} name="titleFr" label={tf("titleFr")} dir="ltr" lang="fr" className="sm:col-span-3" />
        <TextField form={form} name="titleEn" label={tf("titleEn")} dir="ltr" lang="en" className="sm:col-span-3" />
        <TextareaField form={form} name="subjectAr" label={tf("subjectAr")} dir="rtl" lang="ar" rows={2} className="sm:col-span-3" />
        <TextareaField form={form} name="subjectFr" label={tf("subjectFr")} dir="ltr" lang="fr" rows={2} className="sm:col-span-3" />
        <TextareaField form={form} name="subjectEn" label={tf("subjectEn")} dir="ltr" lang="en" rows={2} className="sm:col-span-3" />
      </SectionCard>

      <SectionCard title={tf("who")} contentClassName="grid gap-4 sm:grid-cols-3">
        <ComboboxField form={form} name="counterpartCountryCode" label={tf("counterpartCountry")} options={props.options.countries} emptyLabel={tf("none")} />
        <AsyncComboboxField
          form={form}
          name="counterpartOrganisationId"
          label={tf("counterpartOrganisation")}
          kind="organisation"
          emptyLabel={tf("none")}
          hint={tf("counterpartHint")}
        />
        <TextField form={form} name="unitInCharge" label={tf("unitInCharge")} dir="auto" />
      </SectionCard>

      <SectionCard title={tf("dates")} contentClassName="grid gap-4 sm:grid-cols-4">
        <DateField form={form} name="signedOn" label={tf("signedOn")} hint={dateHint} />
        <TextField form={form} name="placeOfSignature" label={tf("placeOfSignature")} dir="auto" />
        <DateField form={form} name="inForceOn" label={tf("inForceOn")} hint={dateHint} />
        <DateField form={form} name="expiresOn" label={tf("expiresOn")} hint={dateHint} />
      </SectionCard>

      <FormActions submitting={form.formState.isSubmitting} labels={{ save: tf("save"), saving: tf("saving"), cancel: tf("cancel") }} />
    </form>
  );
}
