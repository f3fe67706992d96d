/**
 * Field schemas the forms of several rooms share. Values are the strings a form holds: "" is an
 * empty optional field, and the server actions map "" to null. The same schemas run in the browser
 * (react-hook-form's zodResolver) and on the server (runMutation), so what they clean is cleaned
 * on both sides.
 */
import { z } from "zod";
import { parsePartialDate } from "@/lib/dates/partial-date";

/**
 * Characters that change how a name looks without being part of it: the bidi embeddings and
 * overrides (U+202A–U+202E), the bidi isolates (U+2066–U+2069), the left-to-right and right-to-left
 * marks (U+200E, U+200F), the Arabic letter mark (U+061C), and the zero-width space (U+200B), word
 * joiner (U+2060) and byte-order mark / zero-width no-break space (U+FEFF). An override can make a
 * name read backwards ("evil" shown as "live"); a zero-width character makes two equal names
 * different. The zero-width non-joiner and joiner (U+200C, U+200D) are kept: Persian and Arabic
 * spelling needs them (Unicode, "Bidi_Control" and "Default_Ignorable_Code_Point" properties).
 */
const invisibleCharacters = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B\u2060\uFEFF]/g;

/** `value` without bidi controls and zero-width characters (ZWNJ and ZWJ kept). */
export function stripInvisible(value: string): string {
  return value.replace(invisibleCharacters, "");
}

/** Free text, trimmed, at most `max` characters; "" when left empty. */
export const optionalText = (max: number) => z.string().trim().max(max);

/**
 * A name or a title (of a person, an organisation, a project, an agreement, a meeting's counterpart
 * at the time...): bidi controls and zero-width characters removed, then trimmed, at most `max`
 * characters; "" when left empty.
 */
export const nameText = (max: number) => z.string().overwrite(stripInvisible).trim().max(max);

/** A name or a title that must be given: as `nameText`, at least one visible character. */
export const requiredName = (max: number) => nameText(max).min(1);

/** A record's id as a select holds it ("12"), or "" when none is chosen. */
export const optionalId = z.string().regex(/^(\d+)?$/);

/** An ISO 3166-1 alpha-2 code ("MA"), or "" when none is chosen. */
export const countryCode = z.string().regex(/^([A-Z]{2})?$/);

/** A partial ISO date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), or "" when left empty. */
export const optionalPartialDate = z
  .string()
  .trim()
  .refine((v) => v === "" || parsePartialDate(v) !== null, { message: "dateInvalid" });

/** The `{ id, version }` of a stored record: archive, restore, and any change on the loaded version. */
export const recordVersionSchema = z.object({
  id: z.number().int().positive(),
  version: z.number().int().positive(),
});
export type RecordVersion = z.input<typeof recordVersionSchema>;

/**
 * Merge two records of the same thing (two records of one person, of one organisation):
 * `mergeId` goes into `keepId`, each at the version the page showed (a record changed since is
 * refused as a conflict). The same record twice is refused on `mergeId`.
 */
export const recordMergeSchema = z
  .object({
    keepId: recordVersionSchema.shape.id,
    keepVersion: recordVersionSchema.shape.version,
    mergeId: recordVersionSchema.shape.id,
    mergeVersion: recordVersionSchema.shape.version,
  })
  .refine((v) => v.keepId !== v.mergeId, { path: ["mergeId"], message: "mergeSameRecord" });

/**
 * A refinement for a decision that must say why: when `decision` is `needsComment` (a record sent
 * back, changes requested), an empty `comment` is refused with "commentRequired" on the comment.
 */
export function commentRequiredWhen(needsComment: string) {
  return (value: { decision: string; comment: string }, ctx: z.RefinementCtx) => {
    if (value.decision === needsComment && value.comment.length === 0) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: "commentRequired" });
    }
  };
}
