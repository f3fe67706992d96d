"use client";

/**
 * The whole dialog that adds or edits one line of a record (an event's edition, a person's
 * position): an "add" button or the caller's edit button opens it; inside, the refusal above a
 * two-column form, the caller's fields and Save. The behaviour is useLineDialogForm's.
 */
import type { FieldValues } from "react-hook-form";
import { Plus } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";
import { FormErrorAlert } from "@/components/forms/action-errors";
import { FormDialog, useLineDialogForm } from "@/components/forms/form-dialog";

/**
 * @param dialog what useLineDialogForm returned for this dialog
 * @param creates true for the dialog that adds a line (its trigger is the "add" button)
 * @param texts the dialog's strings, translated: `add` and `edit` (the title, and the add button),
 *   `help` (under the title), `formLabel` (the form's accessible name), `save`
 * @param editTrigger the button that opens the dialog on an existing line
 * @param children the fields, each given `dialog.form`; a field spanning both columns says `sm:col-span-2`
 */
export function LineFormDialog<Values extends FieldValues>({
  dialog,
  creates,
  texts,
  editTrigger,
  children,
}: {
  dialog: ReturnType<typeof useLineDialogForm<Values>>;
  creates: boolean;
  texts: { add: string; edit: string; help: string; formLabel: string; save: string };
  editTrigger: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <FormDialog
      open={dialog.open}
      onOpenChange={dialog.setOpen}
      title={creates ? texts.add : texts.edit}
      description={texts.help}
      trigger={
        creates ? (
          <Button variant="outline" size="sm">
            <Plus aria-hidden className="size-4" />
            {texts.add}
          </Button>
        ) : (
          editTrigger
        )
      }
    >
      <form onSubmit={dialog.onSubmit} noValidate className="grid gap-4 sm:grid-cols-2" aria-label={texts.formLabel}>
        <FormErrorAlert error={dialog.formError} className="sm:col-span-2" />
        {children}
        <div className="sm:col-span-2">
          <Button type="submit" disabled={dialog.form.formState.isSubmitting}>
            {texts.save}
          </Button>
        </div>
      </form>
    </FormDialog>
  );
}
