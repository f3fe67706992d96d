/** Notices: the zod schemas of their actions (marking read, choosing which come by e-mail). */
import { z } from "zod";
import { notificationKinds } from "@/db/enums";

/** Mark one notice read (`id`), or all of one's notices (`all: true`). */
export const markReadSchema = z.union([z.object({ id: z.number().int().positive() }), z.object({ all: z.literal(true) })]);
export type MarkReadInput = z.input<typeof markReadSchema>;

/** Which kinds come by e-mail: every kind, true or false. */
export const emailPreferencesSchema = z.object(Object.fromEntries(notificationKinds.map((k) => [k, z.boolean()])) as Record<(typeof notificationKinds)[number], z.ZodBoolean>);
export type EmailPreferences = z.infer<typeof emailPreferencesSchema>;

/** Pages of the notice list, as they live in the URL (`?page=`). */
export const NOTIFICATIONS_PAGE_SIZE = 30;
export const notificationListSchema = z.object({
  page: z.coerce.number().int().min(1).max(100000).catch(1),
  unread: z.enum(["1"]).optional().catch(undefined),
});
