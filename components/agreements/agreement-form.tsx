"use client";

/**
 * Create / edit an agreement: react-hook-form with the zod schema the server also uses. On create
 * the form also asks the status the agreement is in (and since when); afterwards the status moves
 * only through the transition form of the agreement's page.
 */
import { DateField } from "@/components/forms/partial-date-input";
import { useForm, useWatch } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { useTranslations } from "next-intl";
import { NativeSelectField, TextField, type Option } from "@/components/forms/fields";
import { ComboboxField } from "@/components/forms/combobox-field";
import { AsyncComboboxField } from "@/components/forms/async-combobox-field";
import { LocalizedFields } from "@/components/forms/localized-fields";
import { RecordForm } from "@/components/forms/record-form";
import { SectionCard } from "@/components/shell/record-page";
import { agreementTypes, signingStatuses } from "@/db/enums";
import { createAgreement, updateAgreement } from "@/lib/agreements/actions";
import type { AgreementCreateValues, AgreementFormValues } from "@/lib/agreements/schema";
import { dateColumnOf } from "@/lib/agreements/workflow";

/** The forms' zod schemas, loaded on first validation (components/forms/lazy-zod-resolver.ts). */
const createResolver = lazyZodResolver<AgreementCreateValues>(() => import("@/lib/agreements/schema").then((m) => m.agreementCreateSchema));
// The edit form has no status fields: it is validated by the edit schema.
const editResolver = lazyZodResolver<AgreementCreateValues>(() => import("@/lib/agreements/schema").then((m) => m.agreementFormSchema));
import { useRecordFormSubmit } from "@/components/forms/record-form-submit";

export type AgreementFormOptions = { countries: Option[] };

type Props =
  | { mode: "create"; initialValues: AgreementCreateValues; options: AgreementFormOptions }
  | { mode: "edit"; initialValues: AgreementFormValues; options: AgreementFormOptions; agreementId: number; version: number };

export function AgreementForm(props: Props) {
  const t = useTranslations("agreements");
  const tf = useTranslations("agreements.form");
  const form = useForm<AgreementCreateValues>({
    resolver: props.mode === "create" ? createResolver : editResolver,
    defaultValues: props.initialValues as AgreementCreateValues,
    mode: "onTouched",
    // useRecordFormSubmit focuses the first field in error, in the form's order.
    shouldFocusError: false,
  });
  const submit = useRecordFormSubmit(form, {
    record: props.mode === "edit" ? { id: props.agreementId, version: props.version } : null,
    create: (values, idempotencyKey) => createAgreement({ ...values, idempotencyKey }),
    // An edit sends no status: the status moves only through the transition form.
    update: ({ values: { signingStatus: _status, statusOn: _since, ...edit }, ...record }) => updateAgreement({ ...record, values: edit }),
    basePath: "/agreements",
  });
  const status = useWatch({ control: form.control, name: "signingStatus" });

  const dateHint = tf("partialDateHint");
  return (
    <RecordForm form={form} submit={submit} words={tf}>
      <SectionCard title={tf("what")} contentClassName="grid gap-4 sm:grid-cols-3">
        <NativeSelectField form={form} name="type" label={tf("type")} options={agreementTypes.map((k) => ({ value: k, label: t(`types.${k}`) }))} required />
        {props.mode === "create" && (
          <>
            <NativeSelectField
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
        <LocalizedFields form={form} prefix="title" labelOf={tf} className="sm:col-span-3" />
        <LocalizedFields form={form} prefix="subject" labelOf={tf} rows={2} className="sm:col-span-3" />
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

    </RecordForm>
  );
}
