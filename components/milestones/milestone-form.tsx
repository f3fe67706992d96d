"use client";

/**
 * The add/edit milestone form of a project's milestones table (components/milestones/milestones-table.tsx),
 * in its own module so that the project page loads it (react-hook-form, zod, the date and meeting
 * pickers) only when the dialog opens.
 */
import { useEffect } from "react";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { AsyncComboboxField } from "@/components/forms/async-combobox-field";
import { NativeSelectField, TextField, TextareaField, type Option } from "@/components/forms/fields";
import { FormErrorAlert, useActionErrors } from "@/components/forms/action-errors";
import { DateField, PartialDateField } from "@/components/forms/partial-date-input";
import { useIdempotencyKey } from "@/components/forms/idempotency-key";
import { activityKinds, activityStatuses } from "@/db/enums";
import { createMilestone, updateMilestone } from "@/lib/milestones/actions";
import { emptyMilestoneForm } from "@/lib/milestones/form-defaults";
import type { MilestoneFormValues } from "@/lib/milestones/schema";
import type { ActionResult } from "@/lib/write/run-mutation";
import type { MilestoneRow } from "@/components/milestones/milestones-table";

/** The form's zod schema, loaded on first validation (components/forms/lazy-zod-resolver.ts). */
const milestoneFormResolver = lazyZodResolver<MilestoneFormValues>(() => import("@/lib/milestones/schema").then((m) => m.milestoneFormSchema));

/** What the dialog holds: a new milestone, or the row being edited. */
export type MilestoneEditing = { mode: "create" } | { mode: "edit"; row: MilestoneRow };

/** The milestone form shown in the table's dialog: adds one (`create`) or edits `row`; `onDone` after a save. */
function MilestoneForm({
  projectId,
  editing,
  countries,
  linksMeetings,
  onDone,
}: {
  projectId: number;
  editing: MilestoneEditing;
  countries: Option[];
  linksMeetings: boolean;
  onDone: () => void;
}) {
  const t = useTranslations("projects");
  const tm = useTranslations("projects.milestones");
  const form = useForm<MilestoneFormValues>({
    resolver: milestoneFormResolver,
    defaultValues: editing.mode === "edit" ? editing.row.formValues : emptyMilestoneForm(),
    mode: "onTouched",
  });
  const { formError, clearFormError, showRefusal } = useActionErrors(form);
  // Loaded after the dialog opened (Radix focused its close button then): focus moves to the first field.
  useEffect(() => form.setFocus("title"), [form]);
  // The form mounts afresh for every milestone added, so each gets its own key.
  const { idempotencyKey } = useIdempotencyKey();

  async function onSubmit(values: MilestoneFormValues) {
    clearFormError();
    const result: ActionResult<unknown> =
      editing.mode === "create"
        ? await createMilestone({ projectId, values, idempotencyKey })
        : await updateMilestone({ id: editing.row.id, version: editing.row.version, values });
    if (result.ok) {
      onDone();
      return;
    }
    showRefusal(result);
  }


  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-4" aria-label={editing.mode === "create" ? tm("add") : tm("edit")}>
      <DialogHeader>
        <DialogTitle>{editing.mode === "create" ? tm("add") : tm("edit")}</DialogTitle>
        <DialogDescription>{tm("dialogHint")}</DialogDescription>
      </DialogHeader>
      <FormErrorAlert error={formError} currentHref={editing.mode === "edit" ? `/projects/${projectId}` : undefined} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField form={form} name="title" label={tm("title")} dir="auto" required className="sm:col-span-2" />
        <NativeSelectField form={form} name="kind" label={tm("kind")} options={activityKinds.map((k) => ({ value: k, label: t(`activityKinds.${k}`) }))} />
        <NativeSelectField form={form} name="status" label={tm("status")} options={activityStatuses.map((s) => ({ value: s, label: t(`activityStatuses.${s}`) }))} />
        <PartialDateField form={form} name="plannedOn" label={tm("planned")} />
        <DateField form={form} name="plannedEndOn" label={tm("plannedEnd")} hint={tm("plannedEndHint")} />
        <PartialDateField form={form} name="actualOn" label={tm("actual")} />
        <div />
        <TextField form={form} name="city" label={tm("city")} dir="auto" />
        <NativeSelectField form={form} name="countryCode" label={tm("country")} options={countries} emptyLabel={tm("noCountry")} />
        {linksMeetings && (
          <AsyncComboboxField form={form} name="meetingId" label={tm("meeting")} kind="meeting" emptyLabel={tm("noMeeting")} hint={tm("meetingHint")} className="sm:col-span-2" />
        )}
        <TextareaField form={form} name="notes" label={tm("notes")} rows={2} dir="auto" className="sm:col-span-2" />
      </div>
      <DialogFooter>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? tm("saving") : tm("save")}
        </Button>
      </DialogFooter>
    </form>
  );
}

/**
 * The milestone dialog, loaded with the form when the table first opens it (the project page's
 * first load carries neither Radix Dialog nor the form). Closing it (Escape, the close button,
 * outside) calls `onClose`; a saved milestone calls `onDone`.
 */
export default function MilestoneFormDialog({
  onClose,
  closeLabel,
  ...form
}: React.ComponentProps<typeof MilestoneForm> & { onClose: () => void; closeLabel: string }) {
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="sm:max-w-2xl" closeLabel={closeLabel}>
        <MilestoneForm {...form} />
      </DialogContent>
    </Dialog>
  );
}
