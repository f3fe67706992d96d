"use client";

/**
 * Create / edit a project with its partners (each organisation with every role it holds, picked
 * or added inline), objectives, phases and budget: react-hook-form with the zod schema the server
 * also uses. Server refusals come back as field errors (shown in place) or a form-level message;
 * what the user typed always stays in the form.
 */
import { useState } from "react";
import { Controller, useFieldArray, useForm, type UseFormReturn } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { useTranslations } from "next-intl";
import { ArrowDown, ArrowUp, Trash2 } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { FieldError, NativeSelectField, TextField, TextareaField, useErrorText } from "@/components/forms/fields";
import { ComboboxField } from "@/components/forms/combobox-field";
import { AsyncComboboxField } from "@/components/forms/async-combobox-field";
import { LocalizedFields } from "@/components/forms/localized-fields";
import { AddRowButton, RecordForm } from "@/components/forms/record-form";
import { PartialDateField } from "@/components/forms/partial-date-input";
import { SectionCard } from "@/components/shell/record-page";
import { budgetKinds, organisationTypes, projectPhases, projectStatuses } from "@/db/enums";
import { createProject, updateProject } from "@/lib/projects/actions";
import type { ProjectFormChoices } from "@/lib/projects/form-values";
import { emptyPartner } from "@/lib/projects/form-defaults";
import type { ProjectFormValues } from "@/lib/projects/schema";
import { useRecordFormSubmit } from "@/components/forms/record-form-submit";
import { rowFormModes, useRecheckFieldsInError } from "@/components/forms/row-form-validation";

/** The form's zod schema, loaded on first validation (components/forms/lazy-zod-resolver.ts). */
const projectFormResolver = lazyZodResolver<ProjectFormValues>(() => import("@/lib/projects/schema").then((m) => m.projectFormSchema));

type Props =
  | { mode: "create"; initialValues: ProjectFormValues; choices: ProjectFormChoices }
  | { mode: "edit"; initialValues: ProjectFormValues; choices: ProjectFormChoices; projectId: number; version: number };

export function ProjectForm(props: Props) {
  const t = useTranslations("projects");
  const tf = useTranslations("projects.form");
  const form = useForm<ProjectFormValues>({
    resolver: projectFormResolver,
    defaultValues: props.initialValues,
    // Never checks a row just appended (components/forms/row-form-validation.ts).
    ...rowFormModes,
    // useRecordFormSubmit focuses the first field in error, in the form's order.
    shouldFocusError: false,
  });
  const submit = useRecordFormSubmit(form, {
    record: props.mode === "edit" ? { id: props.projectId, version: props.version } : null,
    create: (values, idempotencyKey) => createProject({ ...values, idempotencyKey }),
    update: updateProject,
    basePath: "/projects",
  });
  useRecheckFieldsInError(form);
  const objectives = useFieldArray({ control: form.control, name: "objectives" });
  const phases = useFieldArray({ control: form.control, name: "phases" });
  const partners = useFieldArray({ control: form.control, name: "partners" });

  const statusOptions = projectStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }));

  return (
    <RecordForm form={form} submit={submit} words={tf}>

      <SectionCard title={tf("identity")} contentClassName="grid gap-4 sm:grid-cols-3">
        <TextField form={form} name="acronym" label={tf("acronym")} dir="auto" />
        <NativeSelectField form={form} name="status" label={tf("status")} options={statusOptions} hint={tf("statusHint")} required />
        <ComboboxField form={form} name="partnerCountryCode" label={tf("partnerCountry")} options={props.choices.countries} emptyLabel={tf("noCountry")} />
        <LocalizedFields form={form} prefix="title" labelOf={tf} className="sm:col-span-3" hint={tf("titleHint")} />
        <NativeSelectField form={form} name="programmeId" label={tf("programme")} options={props.choices.programmes} emptyLabel={tf("noProgramme")} className="sm:col-span-2" />
      </SectionCard>

      <SectionCard title={tf("period")} contentClassName="grid gap-4 sm:grid-cols-2">
        <PartialDateField form={form} name="plannedStart" label={tf("plannedStart")} />
        <PartialDateField form={form} name="plannedEnd" label={tf("plannedEnd")} />
        <PartialDateField form={form} name="actualStart" label={tf("actualStart")} />
        <PartialDateField form={form} name="actualEnd" label={tf("actualEnd")} />
      </SectionCard>

      <SectionCard title={tf("phases")} contentClassName="flex flex-col gap-4">
        <p className="text-sm text-muted-foreground">{tf("phasesHint")}</p>
        {phases.fields.map((field, index) => (
          <fieldset key={field.id} className="grid gap-3 rounded-md border p-3 sm:grid-cols-[1fr_1fr_2fr_2fr_auto] sm:items-start">
            <legend className="px-1 text-sm font-medium">{tf("phaseNumber", { n: index + 1 })}</legend>
            <NativeSelectField form={form} name={`phases.${index}.phase`} label={tf("phase")} options={projectPhases.map((p) => ({ value: p, label: t(`phases.${p}`) }))} />
            <TextField form={form} name={`phases.${index}.plannedMonths`} label={tf("plannedMonths")} inputMode="numeric" />
            <PartialDateField form={form} name={`phases.${index}.plannedStart`} label={tf("phaseStart")} />
            <PartialDateField form={form} name={`phases.${index}.plannedEnd`} label={tf("phaseEnd")} />
            <Button type="button" variant="ghost" size="icon" className="sm:mt-6" onClick={() => phases.remove(index)} aria-label={tf("removePhase", { n: index + 1 })}>
              <Trash2 aria-hidden className="size-4" />
            </Button>
          </fieldset>
        ))}
        <AddRowButton
          label={tf("addPhase")}
          onClick={() =>
            phases.append({
              phase: projectPhases[Math.min(phases.fields.length, projectPhases.length - 1)]!,
              plannedMonths: "",
              plannedStart: { precision: "month", value: "" },
              plannedEnd: { precision: "month", value: "" },
            }, { shouldFocus: false })
          }
        />
      </SectionCard>

      <SectionCard title={tf("budget")} contentClassName="grid gap-4 sm:grid-cols-3">
        <TextField form={form} name="budgetAmount" label={tf("budgetAmount")} inputMode="decimal" dir="ltr" hint={tf("budgetAmountHint")} />
        <NativeSelectField form={form} name="budgetCurrency" label={tf("budgetCurrency")} options={props.choices.currencies} emptyLabel={tf("noCurrency")} />
        <NativeSelectField form={form} name="budgetKind" label={tf("budgetKind")} options={budgetKinds.map((k) => ({ value: k, label: t(`budgetKinds.${k}`) }))} />
        <TextField form={form} name="fundingSource" label={tf("fundingSource")} dir="auto" className="sm:col-span-3" hint={tf("fundingSourceHint")} />
      </SectionCard>

      <SectionCard title={tf("objectives")} contentClassName="flex flex-col gap-3">
        {objectives.fields.length === 0 && <p className="text-sm text-muted-foreground">{tf("noObjectives")}</p>}
        <ol className="flex flex-col gap-3">
          {objectives.fields.map((field, index) => (
            <li key={field.id} className="grid gap-2 sm:grid-cols-[1fr_auto] sm:items-start">
              <TextareaField form={form} name={`objectives.${index}.text`} label={tf("objectiveNumber", { n: index + 1 })} rows={2} dir="auto" required />
              <div className="flex gap-1 sm:mt-6">
                <Button type="button" variant="ghost" size="icon" disabled={index === 0} onClick={() => objectives.move(index, index - 1)} aria-label={tf("moveObjectiveUp", { n: index + 1 })}>
                  <ArrowUp aria-hidden className="size-4" />
                </Button>
                <Button
                  type="button"
                  variant="ghost"
                  size="icon"
                  disabled={index === objectives.fields.length - 1}
                  onClick={() => objectives.move(index, index + 1)}
                  aria-label={tf("moveObjectiveDown", { n: index + 1 })}
                >
                  <ArrowDown aria-hidden className="size-4" />
                </Button>
                <Button type="button" variant="ghost" size="icon" onClick={() => objectives.remove(index)} aria-label={tf("removeObjective", { n: index + 1 })}>
                  <Trash2 aria-hidden className="size-4" />
                </Button>
              </div>
            </li>
          ))}
        </ol>
        <AddRowButton label={tf("addObjective")} onClick={() => objectives.append({ text: "" }, { shouldFocus: false })} />
      </SectionCard>

      <SectionCard title={tf("partners")} contentClassName="flex flex-col gap-4">
        <p className="text-sm text-muted-foreground">{tf("partnersHint")}</p>
        {partners.fields.map((field, index) => (
          <PartnerRow
            key={field.id}
            form={form}
            index={index}
            choices={props.choices}
            startsNew={!field.organisationId && !!(field.newOrganisation.nameAr || field.newOrganisation.nameFr || field.newOrganisation.nameEn || field.newOrganisation.acronym)}
            onRemove={() => partners.remove(index)}
          />
        ))}
        <AddRowButton label={tf("addPartner")} onClick={() => partners.append(emptyPartner(), { shouldFocus: false })} />
      </SectionCard>

      <SectionCard title={tf("notes")}>
        <TextareaField form={form} name="notes" label={tf("notes")} rows={3} dir="auto" />
      </SectionCard>
    </RecordForm>
  );
}

/** One partner: a known organisation or one typed in, the roles it holds, a note. */
function PartnerRow({
  form,
  index,
  choices,
  startsNew,
  onRemove,
}: {
  form: UseFormReturn<ProjectFormValues>;
  index: number;
  choices: ProjectFormChoices;
  startsNew: boolean;
  onRemove: () => void;
}) {
  const t = useTranslations("projects");
  const tf = useTranslations("projects.form");
  const [isNew, setIsNew] = useState(startsNew);
  return (
    <fieldset className="grid gap-3 rounded-md border p-3" data-testid="partner-row">
      <legend className="px-1 text-sm font-medium">{tf("partnerNumber", { n: index + 1 })}</legend>
      <div className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-start">
        {isNew ? (
          <div className="grid gap-3 rounded-md bg-muted/40 p-3 sm:grid-cols-3">
            <TextField form={form} name={`partners.${index}.newOrganisation.nameAr`} label={tf("organisationNameAr")} dir="rtl" lang="ar" />
            <TextField form={form} name={`partners.${index}.newOrganisation.nameFr`} label={tf("organisationNameFr")} dir="ltr" lang="fr" />
            <TextField form={form} name={`partners.${index}.newOrganisation.nameEn`} label={tf("organisationNameEn")} dir="ltr" lang="en" />
            <TextField form={form} name={`partners.${index}.newOrganisation.acronym`} label={tf("organisationAcronym")} dir="auto" />
            <NativeSelectField
              form={form}
              name={`partners.${index}.newOrganisation.type`}
              label={tf("organisationType")}
              options={organisationTypes.map((type) => ({ value: type, label: t(`organisationTypes.${type}`) }))}
            />
            <ComboboxField form={form} name={`partners.${index}.newOrganisation.countryCode`} label={tf("organisationCountry")} options={choices.countries} emptyLabel={tf("noCountry")} />
            <OrganisationRequiredError form={form} index={index} />
            <Button
              type="button"
              variant="link"
              size="sm"
              className="justify-self-start px-0"
              onClick={() => {
                setIsNew(false);
                form.setValue(`partners.${index}.newOrganisation`, { nameAr: "", nameFr: "", nameEn: "", acronym: "", type: "other", countryCode: "" });
              }}
            >
              {tf("pickKnownOrganisation")}
            </Button>
          </div>
        ) : (
          <AsyncComboboxField
            form={form}
            name={`partners.${index}.organisationId`}
            label={tf("organisation")}
            kind="organisation"
            placeholder={tf("chooseOrganisation")}
            required
            // "New organisation" is not a value: it switches the row to typing the organisation in.
            extraOption={{
              label: tf("newOrganisation"),
              onSelect: () => {
                form.setValue(`partners.${index}.organisationId`, "");
                setIsNew(true);
              },
            }}
          />
        )}
        <Button type="button" variant="ghost" size="icon" className="sm:mt-6" onClick={onRemove} aria-label={tf("removePartner", { n: index + 1 })}>
          <Trash2 aria-hidden className="size-4" />
        </Button>
      </div>
      <RoleCheckboxes form={form} index={index} roles={choices.partnerRoles} />
      <TextField form={form} name={`partners.${index}.note`} label={tf("partnerNote")} dir="auto" />
    </fieldset>
  );
}

/** The "type an organisation" error, shown when a new organisation row has no name at all. */
function OrganisationRequiredError({ form, index }: { form: UseFormReturn<ProjectFormValues>; index: number }) {
  const errorText = useErrorText();
  const message = errorText(form.formState.errors.partners?.[index]?.organisationId?.message);
  return message ? (
    <p className="text-sm font-medium text-destructive sm:col-span-3" role="alert">
      {message}
    </p>
  ) : null;
}

/** The roles an organisation holds on the project (several allowed), from the reference list. */
function RoleCheckboxes({
  form,
  index,
  roles,
}: {
  form: UseFormReturn<ProjectFormValues>;
  index: number;
  roles: ProjectFormChoices["partnerRoles"];
}) {
  const t = useTranslations("projects");
  const tf = useTranslations("projects.form");
  const errorText = useErrorText();
  const error = errorText(form.formState.errors.partners?.[index]?.roles?.message ?? form.formState.errors.partners?.[index]?.roles?.root?.message);
  const errorId = `partner-${index}-roles-error`;
  return (
    <Controller
      control={form.control}
      name={`partners.${index}.roles`}
      render={({ field }) => (
        <fieldset aria-describedby={error ? errorId : undefined}>
          <legend className="mb-2 text-sm font-medium">
            {tf("roles")}
            <span aria-hidden className="text-destructive">
              *
            </span>
          </legend>
          <div className="flex flex-wrap gap-x-5 gap-y-2">
            {roles.map((role) => {
              const id = `partner-${index}-role-${role.code}`;
              const checked = field.value.includes(role.code);
              return (
                <div key={role.code} className="flex items-center gap-2">
                  <Checkbox
                    id={id}
                    checked={checked}
                    aria-invalid={!!error}
                    onCheckedChange={(next) => {
                      const roles = next === true ? [...field.value, role.code] : field.value.filter((r) => r !== role.code);
                      field.onChange(roles);
                    }}
                    onBlur={field.onBlur}
                  />
                  <Label htmlFor={id} className="font-normal">
                    {t(`roles.${role.code}`)}
                    {role.iatiCode !== null && <span className="text-xs text-muted-foreground">{tf("iatiCode", { code: role.iatiCode })}</span>}
                  </Label>
                </div>
              );
            })}
          </div>
          <FieldError id={errorId} message={error} />
        </fieldset>
      )}
    />
  );
}
