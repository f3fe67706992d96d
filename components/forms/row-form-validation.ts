"use client";

/**
 * When a form with lists of rows (a meeting's counterparts and follow-ups, a project's partners,
 * objectives and phases) checks its fields: when the user leaves a field, and on submit; never a
 * row just added. react-hook-form checks a whole field array after `append()` unless both modes
 * are "onBlur", so an empty new row showed "required" (red) at once, before the user had touched
 * it, and the layout jumped under the next click.
 *
 *     const form = useForm<Values>({ resolver, defaultValues, ...rowFormModes });
 *     useRecheckFieldsInError(form);
 */
import { useEffect } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";

/** The modes to spread into `useForm`'s options (see the module docstring). */
export const rowFormModes = { mode: "onBlur", reValidateMode: "onBlur" } as const;

/**
 * With the "onBlur" modes an error already shown would stay until the field is left again (and
 * its disappearance then moves the layout under the next click): a field in error is checked
 * again as it changes, as "onTouched" would, without checking untouched new rows.
 */
export function useRecheckFieldsInError<T extends FieldValues>(form: UseFormReturn<T>) {
  useEffect(() => {
    const subscription = form.watch((_values, { name, type }) => {
      if (type === "change" && name && form.getFieldState(name).error) void form.trigger(name);
    });
    return () => subscription.unsubscribe();
  }, [form]);
}
