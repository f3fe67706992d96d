/**
 * A new follow-up row as the meeting form starts it, apart from lib/follow-ups/schema.ts so that
 * the form's first load does not bring zod (the schema is loaded on first submit).
 */
import type { FollowUpRowValues } from "./schema";

/** An empty follow-up row (owned by a Taawun user, to be chosen). */
export function emptyFollowUpRow(): FollowUpRowValues {
  return { id: "", description: "", ownerKind: "user", ownerUserId: "", ownerPersonId: "", ownerOrganisationId: "", owner: "", dueOn: "", projectId: "", agreementId: "" };
}
