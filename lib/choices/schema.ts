/**
 * Record pickers (components/forms/async-combobox-field.tsx): which kinds of record they choose
 * among, and what a choice looks like. Pure: shared by the browser and the server.
 */
import { z } from "zod";

/**
 * The kinds of record a picker chooses among; "funder" is an organisation holding the funding role
 * on a live project (newest first, labelled by acronym as the dashboard shows funders).
 */
export const choiceKinds = ["person", "organisation", "funder", "meeting", "project", "agreement"] as const;
export type ChoiceKind = (typeof choiceKinds)[number];

/** How many matches a picker shows at a time (typing narrows them). */
export const CHOICES_LIMIT = 20;

/** One record as a picker shows it: `value` is the id as a string. */
export type Choice = {
  value: string;
  label: string;
  /** A second line that tells namesakes apart (a person's latest title, a meeting's kind...). */
  hint?: string | null;
  /** A person's title at their latest meeting, to prefill "title at this meeting". */
  latestTitle?: string | null;
  /** The record's version (people and organisations: a merge checks it). */
  version?: number;
  /** A project's acronym, apart from its label (a list that shows the code and the title side by side). */
  code?: string | null;
  /** A project's title in the interface language, without the acronym the label may add. */
  name?: string | null;
};

/** A search request as the picker sends it. */
export const choiceSearchSchema = z.object({
  kind: z.enum(choiceKinds),
  query: z.string().max(200),
});

/** A label request for values already chosen (at most one screenful). */
export const choiceLabelsSchema = z.object({
  kind: z.enum(choiceKinds),
  ids: z.array(z.coerce.number().int().positive()).max(100),
});
