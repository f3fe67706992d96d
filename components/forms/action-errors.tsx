"use client";

/**
 * How every form shows a server action's refusal: field errors in place (an edit's `values.`
 * prefix removed, so they land on the form's own fields), and the message above the form, with a
 * link to the current version when someone else saved first. What the user typed is never reset.
 */
import { useEffect, useRef, useState } from "react";
import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import type { ActionResult } from "@/lib/write/run-mutation";

type Refusal = Extract<ActionResult<unknown>, { ok: false }>;

/** State and handler for a form's server-side refusals. */
export function useActionErrors<T extends FieldValues>(form: UseFormReturn<T>) {
  const [formError, setFormError] = useState<string | null>(null);
  return {
    formError,
    clearFormError: () => setFormError(null),
    /** Puts each field error on its field and keeps the message for FormErrorAlert. */
    showRefusal(result: Refusal) {
      for (const [path, keys] of Object.entries(result.fieldErrors ?? {})) {
        const field = path.replace(/^values\./, "");
        if (field !== "_form") form.setError(field as never, { type: "server", message: keys[0] });
      }
      setFormError(result.message);
    },
  };
}

/**
 * The message above a form; for a conflict, how to recover and a link to the current version.
 * `className` places it in the form's layout (e.g. across a dialog's two columns).
 * It is brought into view and focused when it appears: the Save button is often a screen below it.
 */
export function FormErrorAlert({ error, currentHref, className }: { error: string | null; currentHref?: string; className?: string }) {
  const te = useTranslations("errors");
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!error || !ref.current) return;
    ref.current.scrollIntoView({ block: "center" });
    ref.current.focus({ preventScroll: true });
  }, [error]);
  if (!error) return null;
  return (
    <Alert ref={ref} tabIndex={-1} variant="destructive" role="alert" className={className}>
      <AlertTitle>{te.has(error) ? te(error) : te("failed")}</AlertTitle>
      {error === "conflict" && (
        <AlertDescription>
          <p>{te("conflictHelp")}</p>
          {currentHref && (
            <Link className="underline" href={currentHref} target="_blank">
              {te("conflictOpenCurrent")}
            </Link>
          )}
        </AlertDescription>
      )}
    </Alert>
  );
}
