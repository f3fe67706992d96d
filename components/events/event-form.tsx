"use client";

/** Create / edit an event (react-hook-form + the schema the server uses). */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Alert, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/forms/fields";
import { eventKinds } from "@/db/schema";
import { createEvent, updateEvent } from "@/lib/events/actions";
import { eventFormSchema, type EventFormValues } from "@/lib/events/schema";
import type { ActionResult } from "@/lib/write/run-mutation";

type Props = { mode: "create"; initialValues: EventFormValues } | { mode: "edit"; initialValues: EventFormValues; eventId: number; version: number };

export function EventForm(props: Props) {
  const t = useTranslations("events");
  const tf = useTranslations("events.form");
  const te = useTranslations("errors");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<EventFormValues>({ resolver: zodResolver(eventFormSchema), defaultValues: props.initialValues, mode: "onTouched" });

  async function onSubmit(values: EventFormValues) {
    setFormError(null);
    const result: ActionResult<{ id: number }> =
      props.mode === "create" ? await createEvent(values) : await updateEvent({ id: props.eventId, version: props.version, values });
    if (result.ok) {
      router.push(`/events/${result.data.id}`);
      router.refresh();
      return;
    }
    for (const [path, keys] of Object.entries(result.fieldErrors ?? {})) {
      if (path !== "_form") form.setError(path.replace(/^values\./, "") as never, { type: "server", message: keys[0] });
    }
    setFormError(result.message);
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-6" aria-label={tf("label")}>
      {formError && (
        <Alert variant="destructive" role="alert">
          <AlertTitle>{te.has(formError) ? te(formError) : te("failed")}</AlertTitle>
        </Alert>
      )}
      <Card>
        <CardContent className="grid gap-4 sm:grid-cols-2">
          <TextField form={form} name="nameAr" label={tf("nameAr")} dir="rtl" lang="ar" className="sm:col-span-2" />
          <TextField form={form} name="nameFr" label={tf("nameFr")} dir="ltr" lang="fr" className="sm:col-span-2" />
          <TextField form={form} name="nameEn" label={tf("nameEn")} dir="ltr" lang="en" className="sm:col-span-2" />
          <TextField form={form} name="acronym" label={tf("acronym")} dir="auto" />
          <SelectField form={form} name="kind" label={tf("kind")} options={eventKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} required />
        </CardContent>
      </Card>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? tf("saving") : tf("save")}
        </Button>
        <Button type="button" variant="ghost" onClick={() => router.back()}>
          {tf("cancel")}
        </Button>
      </div>
    </form>
  );
}
