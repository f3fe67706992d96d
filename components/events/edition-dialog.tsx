"use client";

/** Add or edit an event's edition (number, dates, city, country, venue, theme) in a dialog. */
import { DateField } from "@/components/forms/partial-date-input";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { useTranslations } from "next-intl";
import { Pencil } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";
import { NativeSelectField, TextField, type Option } from "@/components/forms/fields";
import { useLineDialogForm } from "@/components/forms/form-dialog";
import { LineFormDialog } from "@/components/forms/line-form-dialog";
import { createEdition, updateEdition } from "@/lib/events/actions";
import type { EditionFormValues } from "@/lib/events/schema";

/** The form's zod schema, loaded on first validation (components/forms/lazy-zod-resolver.ts). */
const editionFormResolver = lazyZodResolver<EditionFormValues>(() => import("@/lib/events/schema").then((m) => m.editionFormSchema));

export function EditionDialog(
  props: { countries: Option[]; initialValues: EditionFormValues } & (
    | { mode: "create"; eventId: number }
    | { mode: "edit"; editionId: number; version: number; label: string }
  ),
) {
  const t = useTranslations("events.editions");
  const dialog = useLineDialogForm({
    resolver: editionFormResolver,
    initialValues: props.initialValues,
    creates: props.mode === "create",
    save: (values, idempotencyKey) =>
      props.mode === "create"
        ? createEdition({ eventId: props.eventId, values, idempotencyKey })
        : updateEdition({ id: props.editionId, version: props.version, values }),
  });

  return (
    <LineFormDialog
      dialog={dialog}
      creates={props.mode === "create"}
      texts={{ add: t("add"), edit: t("edit"), help: t("help"), formLabel: t("formLabel"), save: t("save") }}
      editTrigger={
        props.mode === "edit" && (
          <Button variant="ghost" size="sm" aria-label={t("editNamed", { edition: props.label })}>
            <Pencil aria-hidden className="size-4" />
            {t("edit")}
          </Button>
        )
      }
    >
      <TextField form={dialog.form} name="number" label={t("number")} hint={t("numberHint")} inputMode="numeric" dir="ltr" />
      <NativeSelectField form={dialog.form} name="countryCode" label={t("country")} options={props.countries} emptyLabel={t("notStated")} />
      <DateField form={dialog.form} name="startsOn" label={t("startsOn")} hint={t("dateHint")} required />
      <DateField form={dialog.form} name="endsOn" label={t("endsOn")} />
      <TextField form={dialog.form} name="city" label={t("city")} dir="auto" />
      <TextField form={dialog.form} name="venue" label={t("venue")} dir="auto" />
      <TextField form={dialog.form} name="theme" label={t("theme")} dir="auto" className="sm:col-span-2" />
    </LineFormDialog>
  );
}
