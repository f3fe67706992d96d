"use client";

/**
 * Add or edit one of a person's positions (title, organisation, country, from, to) in a dialog;
 * and remove one entered by mistake.
 */
import { DateField } from "@/components/forms/partial-date-input";
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { useTranslations } from "next-intl";
import { Pencil, Trash2 } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";
import { AsyncComboboxField } from "@/components/forms/async-combobox-field";
import { NativeSelectField, TextField, type Option } from "@/components/forms/fields";
import { useLineDialogForm } from "@/components/forms/form-dialog";
import { LineFormDialog } from "@/components/forms/line-form-dialog";
import { addPosition, removePosition, updatePosition } from "@/lib/people/actions";
import type { PositionFormValues } from "@/lib/people/schema";

/** The form's zod schema, loaded on first validation (components/forms/lazy-zod-resolver.ts). */
const positionFormResolver = lazyZodResolver<PositionFormValues>(() => import("@/lib/people/schema").then((m) => m.positionFormSchema));

export function PositionDialog(
  props: { countries: Option[]; initialValues: PositionFormValues } & (
    | { mode: "create"; personId: number }
    | { mode: "edit"; positionId: number; version: number; title: string }
  ),
) {
  const t = useTranslations("people.positions");
  const dialog = useLineDialogForm({
    resolver: positionFormResolver,
    initialValues: props.initialValues,
    creates: props.mode === "create",
    save: (values, idempotencyKey) =>
      props.mode === "create"
        ? addPosition({ personId: props.personId, values, idempotencyKey })
        : updatePosition({ id: props.positionId, version: props.version, values }),
  });

  return (
    <LineFormDialog
      dialog={dialog}
      creates={props.mode === "create"}
      texts={{ add: t("add"), edit: t("edit"), help: t("help"), formLabel: t("formLabel"), save: t("save") }}
      editTrigger={
        props.mode === "edit" && (
          <Button variant="ghost" size="icon" aria-label={t("editNamed", { title: props.title })}>
            <Pencil aria-hidden className="size-4" />
          </Button>
        )
      }
    >
      <TextField form={dialog.form} name="title" label={t("title")} dir="auto" required className="sm:col-span-2" />
      <AsyncComboboxField form={dialog.form} name="organisationId" label={t("organisation")} kind="organisation" emptyLabel={t("notStated")} />
      <NativeSelectField form={dialog.form} name="countryCode" label={t("country")} options={props.countries} emptyLabel={t("notStated")} />
      <DateField form={dialog.form} name="startsOn" label={t("from")} hint={t("dateHint")} />
      <DateField form={dialog.form} name="endsOn" label={t("to")} hint={t("toHint")} />
    </LineFormDialog>
  );
}

export function RemovePositionButton({ positionId, version, title }: { positionId: number; version: number; title: string }) {
  const t = useTranslations("people.positions");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="ghost"
      size="icon"
      disabled={pending}
      aria-label={t("removeNamed", { title })}
      onClick={() => {
        if (!window.confirm(t("removeConfirm", { title }))) return;
        startTransition(async () => {
          await removePosition({ id: positionId, version });
          router.refresh();
        });
      }}
    >
      <Trash2 aria-hidden className="size-4" />
    </Button>
  );
}
