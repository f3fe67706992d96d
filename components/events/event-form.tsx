"use client";

/** Create / edit an event (react-hook-form + the schema the server uses). */
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Card, CardContent } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/forms/fields";
import { FormErrorAlert } from "@/components/forms/action-errors";
import { FormActions } from "@/components/forms/form-actions";
import { eventKinds } from "@/db/schema";
import { createEvent, updateEvent } from "@/lib/events/actions";
import { eventFormSchema, type EventFormValues } from "@/lib/events/schema";
import { useRecordFormSubmit } from "@/components/forms/record-form-submit";

type Props = { mode: "create"; initialValues: EventFormValues } | { mode: "edit"; initialValues: EventFormValues; eventId: number; version: number };

export function EventForm(props: Props) {
  const t = useTranslations("events");
  const tf = useTranslations("events.form");
  const form = useForm<EventFormValues>({ resolver: zodResolver(eventFormSchema), defaultValues: props.initialValues, mode: "onTouched" });
  const { formError, onSubmit } = useRecordFormSubmit(form, {
    save: (values, idempotencyKey) =>
      props.mode === "create" ? createEvent({ ...values, idempotencyKey }) : updateEvent({ id: props.eventId, version: props.version, values }),
    recordPath: (id) => `/events/${id}`,
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6" aria-label={tf("label")}>
      <FormErrorAlert error={formError} currentHref={props.mode === "edit" ? `/events/${props.eventId}` : undefined} />
      <Card>
        <CardContent className="grid gap-4 sm:grid-cols-2">
          <TextField form={form} name="nameAr" label={tf("nameAr")} dir="rtl" lang="ar" className="sm:col-span-2" />
          <TextField form={form} name="nameFr" label={tf("nameFr")} dir="ltr" lang="fr" className="sm:col-span-2" />
          <TextField form={form} name="nameEn" label={tf("nameEn")} dir="ltr" lang="en" className="sm:col-span-2" />
          <TextField form={form} name="acronym" label={tf("acronym")} dir="auto" />
          <SelectField form={form} name="kind" label={tf("kind")} options={eventKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} required />
        </CardContent>
      </Card>
      <FormActions submitting={form.formState.isSubmitting} labels={{ save: tf("save"), saving: tf("saving"), cancel: tf("cancel") }} />
    </form>
  );
}
