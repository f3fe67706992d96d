/**
 * The data-quality work list: its filters (as the URL holds them) and a supervisor's resolution.
 * Shared by the page, the form and the server action.
 */
import { z } from "zod";
import { recordVersionSchema } from "@/lib/validation/fields";

/** Kinds of point the seed loader reports (db/seed/load.ts writes them). */
export const dataQualityKinds = ["derived", "repeated", "figure_without_records", "ambiguous", "missing_date", "inconsistent"] as const;
export type DataQualityKind = (typeof dataQualityKinds)[number];

/** Record types a point can be about; each has a page (lib/data-quality/queries.ts links them). */
export const dataQualityEntityTypes = ["meeting", "person", "organisation", "project", "programme", "activity", "agreement", "event_edition"] as const;
export type DataQualityEntityType = (typeof dataQualityEntityTypes)[number];

/** Which points the list shows: open ones (the default), resolved ones, or both. */
export const dataQualityStates = ["open", "resolved", "all"] as const;

/**
 * The list's filters from the URL (`?kind=ambiguous&type=project&state=resolved`); anything
 * unknown falls back to "no filter" rather than an error, as a hand-edited URL may hold.
 */
export const dataQualityFiltersSchema = z.object({
  kind: z.enum(dataQualityKinds).optional().catch(undefined),
  type: z.enum(dataQualityEntityTypes).optional().catch(undefined),
  state: z.enum(dataQualityStates).default("open").catch("open"),
});
export type DataQualityFilters = z.output<typeof dataQualityFiltersSchema>;

/** Marking a point resolved: the point's `{ id, version }` and the supervisor's note (required). */
export const resolveDataQualitySchema = recordVersionSchema.extend({
  note: z.string().trim().min(1, "required").max(2000, "tooLong"),
});
export type ResolveDataQualityInput = z.input<typeof resolveDataQualitySchema>;

/** Reopening a resolved point (its note is kept in the history, not on the point). */
export const reopenDataQualitySchema = recordVersionSchema;
export type ReopenDataQualityInput = z.input<typeof reopenDataQualitySchema>;
