"use client";

/** Add or edit an event's edition (number, dates, city, country, venue, theme) in a dialog. */
import { DateField } from "@/components/forms/partial-date-input";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Pencil, Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField, type Option } from "@/components/forms/fields";
import { FormErrorAlert, useActionErrors } from "@/components/forms/action-errors";
import { FormDialog } from "@/components/forms/form-dialog";
import { createEdition, updateEdition } from "@/lib/events/actions";
import { editionFormSchema, type EditionFormValues } from "@/lib/events/schema";
import { useIdempotencyKey } from "@/components/forms/idempotency-key";

export function EditionDialog(
  props: { countries: Option[]; initialValues: EditionFormValues } & (
    | { mode: "create"; eventId: number }
    | { mode: "edit"; editionId: number; version: number; label: string }
  ),
) {
  const t = useTranslations("events.editions");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const form = useForm<EditionFormValues>({ resolver: zodResolver(editionFormSchema), defaultValues: props.initialValues, mode: "onTouched" });
  const { formError, clearFormError, showRefusal } = useActionErrors(form);
  const { idempotencyKey, renew } = useIdempotencyKey();

  async function onSubmit(values: EditionFormValues) {
    clearFormError();
    const result =
      props.mode === "create" ? await createEdition({ eventId: props.eventId, values, idempotencyKey }) : await updateEdition({ id: props.editionId, version: props.version, values });
    if (result.ok) {
      setOpen(false);
      if (props.mode === "create") {
        form.reset(props.initialValues);
        renew();
      }
      router.refresh();
      return;
    }
    showRefusal(result);
  }

  return (
    <FormDialog
      open={open}
      onOpenChange={setOpen}
      title={props.mode === "create" ? t("add") : t("edit")}
      description={t("help")}
      trigger={
        props.mode === "create" ? (
          <Button variant="outline" size="sm">
            <Plus aria-hidden className="size-4" />
            {t("add")}
          </Button>
        ) : (
          <Button variant="ghost" size="sm" aria-label={t("editNamed", { edition: props.label })}>
            <Pencil aria-hidden className="size-4" />
            {t("edit")}
          </Button>
        )
      }
    >
      <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="grid gap-4 sm:grid-cols-2" aria-label={t("formLabel")}>
        <FormErrorAlert error={formError} className="sm:col-span-2" />
        <TextField form={form} name="number" label={t("number")} hint={t("numberHint")} inputMode="numeric" dir="ltr" />
        <SelectField form={form} name="countryCode" label={t("country")} options={props.countries} emptyLabel={t("notStated")} />
        <DateField form={form} name="startsOn" label={t("startsOn")} hint={t("dateHint")} required />
        <DateField form={form} name="endsOn" label={t("endsOn")} />
        <TextField form={form} name="city" label={t("city")} dir="auto" />
        <TextField form={form} name="venue" label={t("venue")} dir="auto" />
        <TextField form={form} name="theme" label={t("theme")} dir="auto" className="sm:col-span-2" />
        <div className="sm:col-span-2">
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {t("save")}
          </Button>
        </div>
      </form>
    </FormDialog>
  );
}
