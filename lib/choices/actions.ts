"use server";

/**
 * Server actions behind the record pickers: they read, never write, so they do not go through
 * the write path; each authenticates, parses its input with zod and reads through
 * lib/choices/queries.ts, which applies the read rule (permission table, live records only).
 */
import { getLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { choiceLabels, searchChoices } from "./queries";
import { choiceLabelsSchema, choiceSearchSchema, type Choice } from "./schema";

async function reader() {
  const user = await getCurrentUser();
  if (!user || user.mustChangePassword) return null;
  const locale = await getLocale();
  return { user, locale: isLocale(locale) ? locale : ("ar" as const) };
}

/**
 * Matches for what the user typed in a picker (at most CHOICES_LIMIT).
 * @returns [] when signed out or when the input is malformed
 * @throws ForbiddenError when the user may not read that kind of record
 */
export async function findChoices(input: { kind: string; query: string }): Promise<Choice[]> {
  const parsed = choiceSearchSchema.safeParse(input);
  const session = await reader();
  if (!parsed.success || !session) return [];
  return searchChoices(session.user, parsed.data.kind, parsed.data.query, session.locale);
}

/**
 * Labels of values a picker holds (an edit form's current person, organisation, meeting).
 * @returns [] when signed out or when the input is malformed
 * @throws ForbiddenError when the user may not read that kind of record
 */
export async function labelChoices(input: { kind: string; ids: (string | number)[] }): Promise<Choice[]> {
  const parsed = choiceLabelsSchema.safeParse(input);
  const session = await reader();
  if (!parsed.success || !session) return [];
  return choiceLabels(session.user, parsed.data.kind, parsed.data.ids, session.locale);
}
