"use client";

/** Create / edit an event (react-hook-form + the schema the server uses). */
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { useTranslations } from "next-intl";
import { NativeSelectField, TextField } from "@/components/forms/fields";
import { LocalizedFields } from "@/components/forms/localized-fields";
import { RecordForm } from "@/components/forms/record-form";
import { eventKinds } from "@/db/enums";
import { createEvent, updateEvent } from "@/lib/events/actions";
import type { EventFormValues } from "@/lib/events/schema";
import { useRecordFormSubmit } from "@/components/forms/record-form-submit";

/** The form's zod schema, loaded on first validation (components/forms/lazy-zod-resolver.ts). */
const eventFormResolver = lazyZodResolver<EventFormValues>(() => import("@/lib/events/schema").then((m) => m.eventFormSchema));

type Props = { mode: "create"; initialValues: EventFormValues } | { mode: "edit"; initialValues: EventFormValues; eventId: number; version: number };

export function EventForm(props: Props) {
  const t = useTranslations("events");
  const tf = useTranslations("events.form");
  const form = useForm<EventFormValues>({ resolver: eventFormResolver, defaultValues: props.initialValues, mode: "onTouched", shouldFocusError: false });
  const submit = useRecordFormSubmit(form, {
    record: props.mode === "edit" ? { id: props.eventId, version: props.version } : null,
    create: (values, idempotencyKey) => createEvent({ ...values, idempotencyKey }),
    update: updateEvent,
    basePath: "/events",
  });

  return (
    <RecordForm form={form} submit={submit} words={tf} fieldsCard="sm:grid-cols-2">
      <LocalizedFields form={form} prefix="name" labelOf={tf} className="sm:col-span-2" />
      <TextField form={form} name="acronym" label={tf("acronym")} dir="auto" />
      <NativeSelectField form={form} name="kind" label={tf("kind")} options={eventKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} required />
    </RecordForm>
  );
}
