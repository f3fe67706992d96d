"use client";

/** Create / edit a programme (a group of projects): names, country, funder, planned period. */
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/forms/fields";
import { ComboboxField } from "@/components/forms/combobox-field";
import { AsyncComboboxField } from "@/components/forms/async-combobox-field";
import { LocalizedFields } from "@/components/forms/localized-fields";
import { RecordForm } from "@/components/forms/record-form";
import { PartialDateField } from "@/components/forms/partial-date-input";
import { createProgramme, updateProgramme } from "@/lib/programmes/actions";
import type { ProgrammeFormChoices } from "@/lib/programmes/form-values";
import type { ProgrammeFormValues } from "@/lib/programmes/schema";
import { useRecordFormSubmit } from "@/components/forms/record-form-submit";

/** The form's zod schema, loaded on first validation (components/forms/lazy-zod-resolver.ts). */
const programmeFormResolver = lazyZodResolver<ProgrammeFormValues>(() => import("@/lib/programmes/schema").then((m) => m.programmeFormSchema));

type Props =
  | { mode: "create"; initialValues: ProgrammeFormValues; choices: ProgrammeFormChoices }
  | { mode: "edit"; initialValues: ProgrammeFormValues; choices: ProgrammeFormChoices; programmeId: number; version: number };

export function ProgrammeForm(props: Props) {
  const tf = useTranslations("programmes.form");
  const form = useForm<ProgrammeFormValues>({ resolver: programmeFormResolver, defaultValues: props.initialValues, mode: "onTouched", shouldFocusError: false });
  const submit = useRecordFormSubmit(form, {
    record: props.mode === "edit" ? { id: props.programmeId, version: props.version } : null,
    create: (values, idempotencyKey) => createProgramme({ ...values, idempotencyKey }),
    update: updateProgramme,
    basePath: "/programmes",
  });

  return (
    <RecordForm form={form} submit={submit} words={tf} fieldsCard="pt-6 sm:grid-cols-3">
      <LocalizedFields form={form} prefix="name" labelOf={tf} className="sm:col-span-3" hint={tf("nameHint")} />
      <TextField form={form} name="acronym" label={tf("acronym")} dir="auto" />
      <ComboboxField form={form} name="countryCode" label={tf("country")} options={props.choices.countries} emptyLabel={tf("noCountry")} />
      <AsyncComboboxField form={form} name="fundingOrganisationId" label={tf("funder")} kind="organisation" emptyLabel={tf("noFunder")} />
      <PartialDateField form={form} name="plannedStart" label={tf("plannedStart")} />
      <PartialDateField form={form} name="plannedEnd" label={tf("plannedEnd")} />
    </RecordForm>
  );
}
