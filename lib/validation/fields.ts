/**
 * Field schemas the forms of several rooms share. Values are the strings a form holds: "" is an
 * empty optional field, and the server actions map "" to null.
 */
import { z } from "zod";

/** Free text, trimmed, at most `max` characters; "" when left empty. */
export const optionalText = (max: number) => z.string().trim().max(max);

/** A record's id as a select holds it ("12"), or "" when none is chosen. */
export const optionalId = z.string().regex(/^(\d+)?$/);

/** An ISO 3166-1 alpha-2 code ("MA"), or "" when none is chosen. */
export const countryCode = z.string().regex(/^([A-Z]{2})?$/);

/** The `{ id, version }` of a stored record: archive, restore, and any change on the loaded version. */
export const recordVersionSchema = z.object({
  id: z.number().int().positive(),
  version: z.number().int().positive(),
});
export type RecordVersion = z.input<typeof recordVersionSchema>;
