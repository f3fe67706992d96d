"use client";

/** Add or edit an event's edition (number, dates, city, country, venue, theme) in a dialog. */
import { DateField } from "@/components/forms/partial-date-input";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Pencil, Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField, type Option } from "@/components/forms/fields";
import { FormErrorAlert } from "@/components/forms/action-errors";
import { FormDialog, useLineDialogForm } from "@/components/forms/form-dialog";
import { createEdition, updateEdition } from "@/lib/events/actions";
import { editionFormSchema, type EditionFormValues } from "@/lib/events/schema";

export function EditionDialog(
  props: { countries: Option[]; initialValues: EditionFormValues } & (
    | { mode: "create"; eventId: number }
    | { mode: "edit"; editionId: number; version: number; label: string }
  ),
) {
  const t = useTranslations("events.editions");
  const { open, setOpen, form, formError, onSubmit } = useLineDialogForm({
    resolver: zodResolver(editionFormSchema),
    initialValues: props.initialValues,
    creates: props.mode === "create",
    save: (values, idempotencyKey) =>
      props.mode === "create"
        ? createEdition({ eventId: props.eventId, values, idempotencyKey })
        : updateEdition({ id: props.editionId, version: props.version, values }),
  });

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
      <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2" aria-label={t("formLabel")}>
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
