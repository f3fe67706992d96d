"use client";

/**
 * A dialog that holds a small form adding or editing one line of a record (an event's edition, a
 * person's position): the trigger button, a title and a help text above the form, and the form's
 * behaviour (useLineDialogForm).
 */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, type DefaultValues, type FieldValues, type Resolver } from "react-hook-form";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { useActionErrors } from "@/components/forms/action-errors";
import { useIdempotencyKey } from "@/components/forms/idempotency-key";
import type { ActionResult } from "@/lib/write/run-mutation";

/**
 * The state of a line dialog's form: open or not, the react-hook-form instance, the refusal to
 * show above the form, and `onSubmit`. A save that succeeds closes the dialog and refreshes the
 * page; after a create the form is emptied and draws a new idempotency key for the next line.
 * @param save sends the values; `idempotencyKey` is this form instance's (for a create)
 */
export function useLineDialogForm<Values extends FieldValues>({
  resolver,
  initialValues,
  creates,
  save,
}: {
  resolver: Resolver<Values>;
  initialValues: Values;
  /** True for the dialog that adds a line (its form is emptied after each save). */
  creates: boolean;
  save: (values: Values, idempotencyKey: string) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const form = useForm<Values>({ resolver, defaultValues: initialValues as DefaultValues<Values>, mode: "onTouched" });
  const { formError, clearFormError, showRefusal } = useActionErrors(form);
  const { idempotencyKey, renew } = useIdempotencyKey();

  async function onSubmit(values: Values) {
    clearFormError();
    const result = await save(values, idempotencyKey);
    if (!result.ok) {
      showRefusal(result);
      return;
    }
    setOpen(false);
    if (creates) {
      form.reset(initialValues);
      renew();
    }
    router.refresh();
  }

  return { open, setOpen, form, formError, onSubmit: form.handleSubmit(onSubmit) };
}

export function FormDialog({
  open,
  onOpenChange,
  trigger,
  title,
  description,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The button that opens the dialog. */
  trigger: React.ReactNode;
  title: string;
  description: string;
  children: React.ReactNode;
}) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        {children}
      </DialogContent>
    </Dialog>
  );
}
