"use client";

/**
 * How a record's own form page saves (a meeting, a person, a project…, created or edited): a create
 * carries this form instance's idempotency key, so a double-clicked Save or a retried request makes
 * one record; a save that succeeds is confirmed by a toast linking to the record, whose page then
 * opens; a refusal puts its field errors in place and keeps its message for FormErrorAlert.
 * A refused save, by the browser's check or by the server, takes focus and the screen to the first
 * field in error in the form's order (components/forms/focus-first-error.ts); the forms turn
 * react-hook-form's own focusing off (`shouldFocusError: false`), which goes by the order fields
 * registered in and skips the date and picker fields.
 * Once saved, the form says so (`saved`), so that leaving it no longer warns of unsaved changes.
 */
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { useActionErrors } from "@/components/forms/action-errors";
import { focusFirstInvalidField } from "@/components/forms/focus-first-error";
import { useIdempotencyKey } from "@/components/forms/idempotency-key";
import { useSavedToast } from "@/components/forms/saved-toast";
import type { ActionResult } from "@/lib/write/run-mutation";

/** What a record's create or update answers: the record's id, and its new version after an edit. */
type Saved = { id: number; version?: number };

/**
 * An edit sends the version it was opened at, then the one each save answers (so that a second
 * save from the same form is not refused as stale).
 *
 * @param options.record    the record being edited (`null` on a create)
 * @param options.create    sends a new record's values with this form's idempotency key
 * @param options.update    sends an edit: the record's id, the version it was read at, the values
 * @param options.basePath  the records' pages, e.g. `"/meetings"`: a record's is `/meetings/{id}`
 * @returns the message to show above the form, the form's `onSubmit`, whether a save succeeded
 *          (`saved`: the form is about to leave the page) and, on an edit, the record's page
 *          (`currentHref`, which a conflict's message links to)
 */
export function useRecordFormSubmit<Values extends FieldValues>(
  form: UseFormReturn<Values>,
  options: {
    record: { id: number; version: number } | null;
    create: (values: Values, idempotencyKey: string) => Promise<ActionResult<Saved>>;
    update: (edit: { id: number; version: number; values: Values }) => Promise<ActionResult<Saved>>;
    basePath: string;
  },
) {
  const { record, basePath } = options;
  const [version, setVersion] = useState(record?.version ?? 0);
  const [saved, setSaved] = useState(false);
  const router = useRouter();
  const savedToast = useSavedToast();
  const { formError, clearFormError, showRefusal } = useActionErrors(form);
  // Never renewed: the form leaves the page once saved, and a second click still in flight must
  // carry the same key.
  const { idempotencyKey } = useIdempotencyKey();
  // Each refusal counts one, so that the effect runs once its errors are on the page. This effect
  // runs after FormErrorAlert's (a child's), which focuses the message: a field in error wins.
  const [refusals, setRefusals] = useState(0);
  const formElement = useRef<HTMLFormElement | null>(null);
  useEffect(() => {
    if (refusals > 0) focusFirstInvalidField(formElement.current);
  }, [refusals]);
  const refused = () => setRefusals((count) => count + 1);

  async function submit(values: Values) {
    clearFormError();
    const result = record ? await options.update({ id: record.id, version, values }) : await options.create(values, idempotencyKey);
    if (!result.ok) {
      showRefusal(result);
      refused();
      return;
    }
    if (result.data.version) setVersion(result.data.version);
    setSaved(true);
    const path = `${basePath}/${result.data.id}`;
    savedToast(path);
    router.push(path);
    router.refresh();
  }

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    formElement.current = event.currentTarget;
    return form.handleSubmit(submit, refused)(event);
  };

  return { formError, onSubmit, saved, currentHref: record ? `${basePath}/${record.id}` : undefined };
}
