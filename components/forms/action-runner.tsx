"use client";

/**
 * How a button that calls a server action outside a form (archive, restore, deactivate, merge,
 * revoke) runs it and tells its refusal: one hook for the call, one line for the message.
 */
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/write/run-mutation";

/**
 * State for server actions run from buttons. `run(action, onSuccess)` clears the last refusal,
 * calls `action` in a transition (`pending` is true until it and the refresh are done) and, on a
 * refusal, keeps its message key in `error`; on a success it calls `onSuccess` with the action's
 * data, then refreshes the page (router.refresh) so the server components show the change.
 * `clearError` forgets the refusal (when something else now speaks in its place).
 * Nothing is thrown: a refusal is a value (ActionResult), as every action returns it.
 */
export function useActionRunner() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function run<T>(action: () => Promise<ActionResult<T>>, onSuccess?: (data: T) => void) {
    setError(null);
    startTransition(async () => {
      const result = await action();
      if (!result.ok) {
        setError(result.message);
        return;
      }
      onSuccess?.(result.data);
      router.refresh();
    });
  }

  return { pending, error, run, clearError: () => setError(null) };
}

/**
 * A refusal's message in the user's language (the `errors` messages; "failed" for a key it does
 * not know), announced as an alert; nothing when `error` is null.
 */
export function ActionErrorText({ error }: { error: string | null }) {
  const te = useTranslations("errors");
  if (!error) return null;
  return (
    <p role="alert" className="text-sm font-medium text-destructive">
      {te.has(error) ? te(error) : te("failed")}
    </p>
  );
}
