/**
 * A react-hook-form resolver whose zod schema (and zod itself, about 30 kB gzip) is loaded when a
 * form is first validated, on its first submit, instead of with the page: a form page's first
 * load carries no schema code. The same schema still checks the form in the browser, and again
 * on the server in the action (lib/write/run-mutation.ts), as before.
 *
 *     const resolver = lazyZodResolver<MeetingFormValues>(() => import("@/lib/meetings/schema").then((m) => m.meetingFormSchema));
 *
 * @param load resolves to the zod schema of the form's values (called once, then remembered)
 */
import type { FieldValues, Resolver } from "react-hook-form";

export function lazyZodResolver<T extends FieldValues>(load: () => Promise<unknown>): Resolver<T> {
  let ready: Promise<Resolver<T>> | undefined;
  return async (values, context, options) => {
    ready ??= Promise.all([import("@hookform/resolvers/zod"), load()]).then(
      ([{ zodResolver }, schema]) => zodResolver(schema as Parameters<typeof zodResolver>[0]) as unknown as Resolver<T>,
    );
    return (await ready)(values, context, options);
  };
}
