/**
 * Takes the user to a refused form's first field in error, in the form's visual order (the order
 * of its controls in the page, which is the order it is read and tabbed in), not the order the
 * errors were found or set in: the field is scrolled to the middle of the screen (on a phone the
 * Save button is often a screen below it) and focused.
 *
 * A field in error is a control marked `aria-invalid="true"` (components/forms/fields.tsx), so
 * this runs after the errors are rendered (from an effect).
 *
 * @param form the form element (or any element holding the fields); null does nothing
 * @returns whether a field was found (when none is, the caller leaves focus on the form's message)
 */
export function focusFirstInvalidField(form: HTMLElement | null): boolean {
  const field = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (!field) return false;
  field.scrollIntoView({ block: "center" });
  field.focus({ preventScroll: true });
  return true;
}
