"use client";

/**
 * How a record's own form page saves (a meeting, a person, a project…, created or edited): a create
 * carries this form instance's idempotency key, so a double-clicked Save or a retried request makes
 * one record; a save that succeeds is confirmed by a toast linking to the record, whose page then
 * opens; a refusal puts its field errors in place and keeps its message for FormErrorAlert.
 */
import { useRouter } from "next/navigation";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { useActionErrors } from "@/components/forms/action-errors";
import { useIdempotencyKey } from "@/components/forms/idempotency-key";
import { useSavedToast } from "@/components/forms/saved-toast";
import type { ActionResult } from "@/lib/write/run-mutation";

/** What a record's create or update answers: the record's id, and its new version after an edit. */
type Saved = { id: number; version?: number };

/**
 * @param options.save        sends the values (`idempotencyKey` is for the create action)
 * @param options.recordPath  the page of the saved record, e.g. `(id) => \`/meetings/${id}\``
 * @param options.onSaved     what the form keeps of the answer (the new version of an edit)
 * @returns the message to show above the form, and the form's `onSubmit`
 */
export function useRecordFormSubmit<Values extends FieldValues>(
  form: UseFormReturn<Values>,
  options: {
    save: (values: Values, idempotencyKey: string) => Promise<ActionResult<Saved>>;
    recordPath: (id: number) => string;
    onSaved?: (saved: Saved) => void;
  },
) {
  const router = useRouter();
  const savedToast = useSavedToast();
  const { formError, clearFormError, showRefusal } = useActionErrors(form);
  // Never renewed: the form leaves the page once saved, and a second click still in flight must
  // carry the same key.
  const { idempotencyKey } = useIdempotencyKey();

  async function submit(values: Values) {
    clearFormError();
    const result = await options.save(values, idempotencyKey);
    if (!result.ok) {
      showRefusal(result);
      return;
    }
    options.onSaved?.(result.data);
    const path = options.recordPath(result.data.id);
    savedToast(path);
    router.push(path);
    router.refresh();
  }

  return { formError, onSubmit: form.handleSubmit(submit) };
}
