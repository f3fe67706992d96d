/** Calendar feeds: the input of the account page's two buttons (shared by form and server). */
import { z } from "zod";
import "@/lib/validation/errors";

/** Creating a feed takes nothing; the token is drawn on the server. */
export const createCalendarFeedSchema = z.object({});

/** Revoking names the feed shown on the page (it must be the user's own and still active). */
export const revokeCalendarFeedSchema = z.object({ id: z.number().int().positive() });
export type RevokeCalendarFeedInput = z.input<typeof revokeCalendarFeedSchema>;
