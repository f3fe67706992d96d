/**
 * The data model's code lists (values are stored; labels live in messages/{ar,fr,en}.json), apart
 * from db/schema.ts so that client components and zod schemas can import them without drizzle's
 * table definitions (which would otherwise be bundled for the browser). db/schema.ts re-exports
 * them.
 */


export const userRoles = ["admin", "supervisor", "staff", "committee"] as const;
export type UserRole = (typeof userRoles)[number];

export const locales = ["ar", "fr", "en"] as const;
export type Locale = (typeof locales)[number];

export const validationStatuses = ["new", "edited", "validated", "sent_back"] as const;

export const organisationTypes = [
  "ministry",
  "donor_agency",
  "implementing_agency",
  "national_institution",
  "employers_federation",
  "foundation",
  "international_organisation",
  "eu_institution",
  "local_authority",
  "association",
  "parliament",
  "chamber_of_commerce",
  "other",
] as const;

export const meetingKinds = [
  "courtesy_call",
  "working_meeting",
  "side_meeting",
  "steering_committee_session",
  "bilateral_committee",
  "other",
] as const;
export type MeetingKind = (typeof meetingKinds)[number];

/** A follow-up is open until someone closes it as done, or drops it (no longer to be done). */
export const followUpStatuses = ["open", "done", "dropped"] as const;
export type FollowUpStatus = (typeof followUpStatuses)[number];

/**
 * Who owns a follow-up: a Taawun user (who is then reminded), or outside the department a person or
 * an organisation of the directory, or a named party typed in (free text, as older records hold).
 */
export const followUpOwnerKinds = ["user", "person", "organisation", "named"] as const;
export type FollowUpOwnerKind = (typeof followUpOwnerKinds)[number];

/** What a notification tells its recipient (rendered with messages `notifications.kinds.*`). */
export const notificationKinds = [
  "followUpAssigned",
  "followUpDueSoon",
  "followUpOverdue",
  "recordSentBack",
  "recordValidated",
  "reviewRequested",
  "reviewDecided",
  "agreementStatusChanged",
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const eventKinds = ["forum", "conference", "workshop", "week", "other"] as const;

/**
 * IATI ActivityStatus code list (1 Pipeline/identification ... 6 Suspended), by name, and
 * "not_stated" first: the source (or the user) gives no status, and nothing invents one (issue 14).
 */
export const projectStatuses = [
  "not_stated",
  "pipeline",
  "implementation",
  "finalisation",
  "closed",
  "cancelled",
  "suspended",
] as const;

export const projectPhases = ["preparation", "implementation", "evaluation"] as const;

export const budgetKinds = ["original", "revised"] as const;

export const activityKinds = [
  "training",
  "mission",
  "workshop",
  "study",
  "event",
  "steering_committee_session",
  "meeting",
  "other",
] as const;

export const activityStatuses = ["planned", "in_progress", "done", "delayed", "cancelled"] as const;

export const milestoneReviewDecisions = ["approved", "changes_requested"] as const;

export const agreementTypes = [
  "convention",
  "memorandum_of_understanding",
  "partnership_agreement",
  "exchange_of_letters",
  "protocol",
  "other",
] as const;

/** The signing workflow, in order. Allowed transitions live in lib/agreements. */
export const signingStatuses = [
  "draft",
  "under_negotiation",
  "text_agreed",
  "awaiting_signature",
  "signed",
  "in_force",
  "expired",
  "terminated",
] as const;

export const regions = [
  "europe",
  "sub_saharan_africa",
  "mena",
  "americas",
  "asia_pacific",
] as const;
