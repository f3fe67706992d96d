"use client";

/**
 * Create / edit a meeting: react-hook-form with the zod schema the server also uses.
 * Server refusals come back as field errors (shown in place) or a form-level message; what the
 * user typed always stays in the form. First load kept small (issue #9): the plain choices are
 * the browser's selects, the pickers' lists load when first opened, the schema on first submit.
 */
import { useEffect, useState } from "react";
import { useFieldArray, useForm, useWatch, type UseFormReturn } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Trash2 } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";
import { SectionCard } from "@/components/shell/record-page";
import { NativeSelectField, TextField, TextareaField, useErrorText, type Option } from "@/components/forms/fields";
import { ComboboxField } from "@/components/forms/combobox-field";
import { AsyncComboboxField } from "@/components/forms/async-combobox-field";
import type { Choice } from "@/lib/choices/schema";
import { AddRowButton, RecordForm } from "@/components/forms/record-form";
import { followUpOwnerKinds, meetingKinds } from "@/db/enums";
import { emptyFollowUpRow } from "@/lib/follow-ups/empty-row";
import { DateField } from "@/components/forms/partial-date-input";
import { createMeeting, updateMeeting } from "@/lib/meetings/actions";
import type { MeetingFormValues } from "@/lib/meetings/schema";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { useRecordFormSubmit } from "@/components/forms/record-form-submit";
import { rowFormModes, useRecheckFieldsInError } from "@/components/forms/row-form-validation";

// The schema (and zod) load on the first submit, not with the page.
const meetingResolver = lazyZodResolver<MeetingFormValues>(() => import("@/lib/meetings/schema").then((m) => m.meetingFormSchema));

export type MeetingFormOptions = {
  /** The people already chosen (the picker asks the server for the others). */
  people: Choice[];
  editions: Option[];
  countries: Option[];
  /** Staff and supervisors who may own a follow-up. */
  owners: Option[];
};

type Props =
  | { mode: "create"; initialValues: MeetingFormValues; options: MeetingFormOptions }
  | { mode: "edit"; initialValues: MeetingFormValues; options: MeetingFormOptions; meetingId: number; version: number };

export function MeetingForm(props: Props) {
  const t = useTranslations("meetings");
  const tf = useTranslations("meetings.form");
  const form = useForm<MeetingFormValues>({
    resolver: meetingResolver,
    defaultValues: props.initialValues,
    // Never checks a row just added (components/forms/row-form-validation.ts).
    ...rowFormModes,
    // useRecordFormSubmit focuses the first field in error, in the form's order.
    shouldFocusError: false,
  });
  useRecheckFieldsInError(form);
  const submit = useRecordFormSubmit(form, {
    record: props.mode === "edit" ? { id: props.meetingId, version: props.version } : null,
    create: (values, idempotencyKey) => createMeeting({ ...values, idempotencyKey }),
    update: updateMeeting,
    basePath: "/meetings",
  });
  const counterparts = useFieldArray({ control: form.control, name: "counterparts" });
  const followUps = useFieldArray({ control: form.control, name: "followUps" });

  // The precision is the one recognised in the start date as typed (12/01/2026, 04/2017, 2016).
  const precision = useWatch({ control: form.control, name: "datePrecision" });

  return (
    <RecordForm form={form} submit={submit} words={tf}>
      <SectionCard title={tf("when")} contentClassName="grid gap-4 sm:grid-cols-3">
        <DateField
          form={form}
          name="startsOn"
          label={tf("startsOn")}
          hint={tf(`precisionHint.${precision}`)}
          required
          onPrecision={(p) => form.setValue("datePrecision", p)}
        />
        <DateField form={form} name="endsOn" label={tf("endsOn")} hint={tf("endsOnHint")} />
        <NativeSelectField
          form={form}
          name="kind"
          label={tf("kind")}
          options={meetingKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          required
        />
        <NativeSelectField
          form={form}
          name="eventEditionId"
          label={tf("event")}
          options={props.options.editions}
          emptyLabel={tf("noEvent")}
        />
      </SectionCard>

      <SectionCard title={tf("where")} contentClassName="grid gap-4 sm:grid-cols-3">
        <ComboboxField
          form={form}
          name="countryCode"
          label={tf("country")}
          options={props.options.countries}
          emptyLabel={tf("noCountry")}
        />
        <TextField form={form} name="city" label={tf("city")} dir="auto" />
        <TextField form={form} name="venue" label={tf("venue")} dir="auto" />
      </SectionCard>

      <SectionCard title={tf("counterparts")} contentClassName="flex flex-col gap-4">
        {counterparts.fields.map((field, index) => (
          <CounterpartRow
            key={field.id}
            form={form}
            index={index}
            people={props.options.people}
            startsNew={!!field.newPersonName && !field.personId}
            onRemove={counterparts.fields.length > 1 ? () => counterparts.remove(index) : undefined}
          />
        ))}
        <FormLevelError form={form} name="counterparts" />
        <AddRowButton label={tf("addCounterpart")} onClick={() => counterparts.append({ personId: "", newPerson: false, newPersonName: "", newPersonTransliteration: "", titleAtMeeting: "" })} />
      </SectionCard>

      <SectionCard title={tf("content")} contentClassName="grid gap-4">
        <TextareaField form={form} name="topics" label={tf("topics")} rows={4} dir="auto" />
        <TextareaField form={form} name="outcome" label={tf("outcome")} rows={3} dir="auto" />
      </SectionCard>

      <SectionCard title={tf("followUps")} contentClassName="flex flex-col gap-4">
        {followUps.fields.length === 0 && <p className="text-sm text-muted-foreground">{tf("noFollowUps")}</p>}
        {followUps.fields.map((field, index) => (
          <FollowUpRow key={field.id} form={form} index={index} owners={props.options.owners} onRemove={() => followUps.remove(index)} />
        ))}
        <AddRowButton label={tf("addFollowUp")} onClick={() => followUps.append(emptyFollowUpRow())} />
      </SectionCard>
    </RecordForm>
  );
}

function FormLevelError({ form, name }: { form: UseFormReturn<MeetingFormValues>; name: "counterparts" }) {
  const errorText = useErrorText();
  const error = form.formState.errors[name];
  const message = errorText((error?.root?.message ?? error?.message) as string | undefined);
  return message ? (
    <p className="text-sm font-medium text-destructive" role="alert">
      {message}
    </p>
  ) : null;
}

/**
 * One counterpart: a known person, or a new one typed in; and the title held at this meeting.
 * Choosing "+ new person" in the picker switches the row to the new person's name, prefilled with
 * what was typed in the picker's search box, with focus in it (the picker it replaces is gone).
 */
function CounterpartRow({
  form,
  index,
  people,
  startsNew,
  onRemove,
}: {
  form: UseFormReturn<MeetingFormValues>;
  index: number;
  people: Choice[];
  startsNew: boolean;
  onRemove?: () => void;
}) {
  const tf = useTranslations("meetings.form");
  // The row's mode is a value of the form (`newPerson`), so that the schema refuses a new person
  // without a name on the name field, which is shown, instead of on the hidden picker.
  const isNew = useWatch({ control: form.control, name: `counterparts.${index}.newPerson` }) ?? startsNew;
  const newPersonName = `counterparts.${index}.newPersonName` as const;
  const [focusNewName, setFocusNewName] = useState(false);
  useEffect(() => {
    if (!focusNewName || !isNew) return;
    form.setFocus(newPersonName);
    setFocusNewName(false);
  }, [focusNewName, isNew, form, newPersonName]);
  return (
    <fieldset className="grid gap-3 rounded-md border p-3 sm:grid-cols-[1fr_1fr_auto] sm:items-start">
      <legend className="px-1 text-sm font-medium">{tf("counterpartNumber", { n: index + 1 })}</legend>
      {isNew ? (
        <div className="grid gap-3">
          <TextField form={form} name={newPersonName} label={tf("newPersonName")} dir="auto" required />
          <TextField form={form} name={`counterparts.${index}.newPersonTransliteration`} label={tf("newPersonTransliteration")} dir="auto" />
          <Button
            type="button"
            variant="link"
            size="sm"
            className="justify-self-start px-0"
            onClick={() => {
              form.setValue(`counterparts.${index}.newPerson`, false);
              form.setValue(newPersonName, "");
              form.setValue(`counterparts.${index}.newPersonTransliteration`, "");
              form.clearErrors(newPersonName);
            }}
          >
            {tf("pickKnownPerson")}
          </Button>
        </div>
      ) : (
        <PersonSelect
          form={form}
          index={index}
          initialChoices={people}
          onChosen={(_personId, choice) => {
            // A title changes over time: offer the latest one known, for the user to correct.
            const title = choice?.latestTitle;
            if (title && !form.getValues(`counterparts.${index}.titleAtMeeting`)) {
              form.setValue(`counterparts.${index}.titleAtMeeting`, title);
            }
          }}
          onNew={(typed) => {
            form.setValue(`counterparts.${index}.personId`, "");
            form.clearErrors(`counterparts.${index}.personId`);
            form.setValue(newPersonName, typed.trim(), { shouldDirty: true });
            form.setValue(`counterparts.${index}.newPerson`, true, { shouldDirty: true });
            setFocusNewName(true);
          }}
        />
      )}
      <TextField form={form} name={`counterparts.${index}.titleAtMeeting`} label={tf("titleAtMeeting")} hint={tf("titleAtMeetingHint")} dir="auto" />
      {onRemove && (
        <Button type="button" variant="ghost" size="icon" className="sm:mt-6" onClick={onRemove} aria-label={tf("removeCounterpart", { n: index + 1 })}>
          <Trash2 aria-hidden className="size-4" />
        </Button>
      )}
    </fieldset>
  );
}

function PersonSelect({
  form,
  index,
  initialChoices,
  onNew,
  onChosen,
}: {
  form: UseFormReturn<MeetingFormValues>;
  index: number;
  initialChoices: Choice[];
  /** "+ new person" was chosen, with what was typed in the search box ("" if nothing). */
  onNew: (typed: string) => void;
  onChosen: (personId: string, choice: Choice | null) => void;
}) {
  const tf = useTranslations("meetings.form");
  return (
    <AsyncComboboxField
      form={form}
      name={`counterparts.${index}.personId`}
      label={tf("person")}
      kind="person"
      initialChoices={initialChoices}
      placeholder={tf("choosePerson")}
      required
      extraOption={{ label: tf("newPerson"), onSelect: onNew }}
      onChosen={onChosen}
    />
  );
}

/**
 * One follow-up row: what, who (a Taawun user, a person or an organisation of the directory, or a
 * named party outside it), by when (a day, a month or a year), and what it concerns.
 */
function FollowUpRow({ form, index, owners, onRemove }: { form: UseFormReturn<MeetingFormValues>; index: number; owners: Option[]; onRemove: () => void }) {
  const tFollowUp = useTranslations("followUps");
  const tf = useTranslations("meetings.form");
  const ownerKind = useWatch({ control: form.control, name: `followUps.${index}.ownerKind` });
  return (
    <fieldset className="grid gap-3 rounded-md border p-3 sm:grid-cols-2 lg:grid-cols-4">
      <legend className="sr-only">{tf("followUpNumber", { n: index + 1 })}</legend>
      <TextField form={form} name={`followUps.${index}.description`} label={tf("followUpDescription")} dir="auto" required className="sm:col-span-2 lg:col-span-4" />
      <NativeSelectField
        form={form}
        name={`followUps.${index}.ownerKind`}
        label={tFollowUp("ownerKind")}
        options={followUpOwnerKinds.map((k) => ({ value: k, label: tFollowUp(`ownerKinds.${k}`) }))}
        emptyLabel={tFollowUp("noOwner")}
      />
      {ownerKind === "user" && (
        <NativeSelectField form={form} name={`followUps.${index}.ownerUserId`} label={tf("followUpOwner")} options={owners} emptyLabel={tFollowUp("chooseOwner")} required />
      )}
      {ownerKind === "person" && (
        <AsyncComboboxField form={form} name={`followUps.${index}.ownerPersonId`} label={tf("followUpOwner")} kind="person" placeholder={tFollowUp("chooseOwner")} required />
      )}
      {ownerKind === "organisation" && (
        <AsyncComboboxField form={form} name={`followUps.${index}.ownerOrganisationId`} label={tf("followUpOwner")} kind="organisation" placeholder={tFollowUp("chooseOwner")} required />
      )}
      {ownerKind === "named" && <TextField form={form} name={`followUps.${index}.owner`} label={tf("followUpOwner")} dir="auto" required />}
      {!ownerKind && <div aria-hidden className="hidden lg:block" />}
      <DateField form={form} name={`followUps.${index}.dueOn`} label={tf("followUpDue")} hint={tFollowUp("dueHint")} />
      <div className="flex items-end justify-end">
        <Button type="button" variant="ghost" size="icon" onClick={onRemove} aria-label={tf("removeFollowUp", { n: index + 1 })}>
          <Trash2 aria-hidden className="size-4" />
        </Button>
      </div>
      <AsyncComboboxField form={form} name={`followUps.${index}.projectId`} label={tFollowUp("concernsProject")} kind="project" emptyLabel={tFollowUp("concernsNothing")} placeholder={tFollowUp("concernsNothing")} className="sm:col-span-1 lg:col-span-2" />
      <AsyncComboboxField form={form} name={`followUps.${index}.agreementId`} label={tFollowUp("concernsAgreement")} kind="agreement" emptyLabel={tFollowUp("concernsNothing")} placeholder={tFollowUp("concernsNothing")} className="sm:col-span-1 lg:col-span-2" />
    </fieldset>
  );
}
