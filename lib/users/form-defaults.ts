/**
 * What the account forms need before they validate, apart from lib/users/schema.ts so that their
 * first load does not bring zod (the schema is loaded on first validation:
 * components/forms/lazy-zod-resolver.ts).
 */
import type { UserCreateValues } from "./schema";

/** The shortest password a person may choose, in characters (NIST SP 800-63B asks for at least 8; we ask 12): the schema's rule and the form's hint. */
export const MIN_PASSWORD_LENGTH = 12;

/** A new account as the form starts it: staff, Arabic. */
export function emptyUserForm(): UserCreateValues {
  return { name: "", email: "", role: "staff", locale: "ar" };
}
