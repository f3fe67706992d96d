/**
 * Validation messages are message keys (under `errors.` in messages/{ar,fr,en}.json), never prose:
 * the same zod schema runs in the browser and on the server, and each side shows the key in the
 * user's language. Schemas give a key where the generic one is not precise enough
 * (`{ error: "dateInvalid" }`); otherwise this error map picks a key from the issue's code.
 */
import { z } from "zod";

export const errorKeys = [
  "required",
  "invalid",
  "invalidOption",
  "invalidEmail",
  "tooLong",
  "tooShort",
  "dateInvalid",
  "dateRangeOrder",
  "datePrecisionMismatch",
  "numberInvalid",
  "counterpartRequired",
  "personRequired",
  "counterpartRepeated",
] as const;
export type ErrorKey = (typeof errorKeys)[number];

let installed = false;

/** Installs the error map once per JS realm (browser bundle, server process). Idempotent. */
export function installErrorMap(): void {
  if (installed) return;
  installed = true;
  z.config({
    customError: (issue) => {
      switch (issue.code) {
        case "too_small":
          return issue.minimum === 1 && issue.origin === "string" ? "required" : "tooShort";
        case "too_big":
          return "tooLong";
        case "invalid_value":
          return "invalidOption";
        case "invalid_format":
          return issue.format === "email" ? "invalidEmail" : "invalid";
        case "invalid_type":
          return issue.input === undefined || issue.input === null || issue.input === ""
            ? "required"
            : "invalid";
        default:
          return "invalid";
      }
    },
  });
}

installErrorMap();

/** Field errors keyed by dotted path (`counterparts.0.title`), each a list of message keys. */
export type FieldErrors = Record<string, string[]>;

/** Flattens a zod error into FieldErrors (the first key per path is what forms show). */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "_form";
    (out[path] ??= []).push(issue.message);
  }
  return out;
}
