"use client";

/**
 * The frame of a record's own form page (a meeting, a project, a person…, created or edited): the
 * form, labelled, with the refusal message above its sections and save / cancel below them.
 * While it holds unsaved typing, leaving the page asks first (components/forms/unsaved-changes.ts).
 */
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { Plus } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { FormErrorAlert } from "@/components/forms/action-errors";
import { FormActions } from "@/components/forms/form-actions";
import { useUnsavedChangesWarning } from "@/components/forms/unsaved-changes";
import { cn } from "@/lib/utils";

/**
 * @param form        the react-hook-form instance (its `isSubmitting` disables Save)
 * @param submit      what useRecordFormSubmit returns: the refusal message, the form's `onSubmit`,
 *                    whether it saved and, on an edit, the record's page (a conflict's message
 *                    links to it)
 * @param words       the translator of the room's form namespace (e.g. `"meetings.form"`), whose
 *                    `label`, `save`, `saving` and `cancel` name the form and its buttons
 * @param fieldsCard  for a form of one section: the classes of the grid (e.g. `sm:grid-cols-3`)
 *                    of the card that `children`, its fields, then fill
 * @param children    the form's sections (or, with `fieldsCard`, its fields)
 */
export function RecordForm<Values extends FieldValues>({
  form,
  submit,
  words,
  fieldsCard,
  children,
}: {
  form: UseFormReturn<Values>;
  submit: { formError: string | null; onSubmit: React.FormEventHandler<HTMLFormElement>; saved: boolean; currentHref?: string };
  words: (key: "label" | "save" | "saving" | "cancel") => string;
  fieldsCard?: string;
  children: React.ReactNode;
}) {
  // react-hook-form's isDirty: the values differ from the ones the form opened with.
  const unsaved = form.formState.isDirty && !form.formState.isSubmitting && !submit.saved;
  useUnsavedChangesWarning(unsaved);
  return (
    <form onSubmit={submit.onSubmit} noValidate className="flex flex-col gap-6" aria-label={words("label")} data-unsaved={unsaved || undefined}>
      <FormErrorAlert error={submit.formError} currentHref={submit.currentHref} />
      {fieldsCard === undefined ? (
        children
      ) : (
        <Card>
          <CardContent className={cn("grid gap-4", fieldsCard)}>{children}</CardContent>
        </Card>
      )}
      <FormActions submitting={form.formState.isSubmitting} labels={{ save: words("save"), saving: words("saving"), cancel: words("cancel") }} />
    </form>
  );
}

/** The button under a list of rows in a form (counterparts, phases, partners…) that adds one. */
export function AddRowButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <div>
      <Button type="button" variant="outline" size="sm" onClick={onClick}>
        <Plus aria-hidden className="size-4" />
        {label}
      </Button>
    </div>
  );
}
