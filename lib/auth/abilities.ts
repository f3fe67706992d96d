/**
 * What the current user may do on one record or on a kind of record, as booleans a page renders
 * (show the edit link, the archive button…). Computed from the permission table
 * (lib/auth/permissions.ts) by each room's queries, so that no page or component asks `can()`.
 * The server checks again on every write: hiding a button is never the check.
 */
import type { SessionUser } from "@/lib/auth/session";
import { can, type Resource } from "./permissions";

export type RecordAbilities = {
  /** Edit the record (not while it is archived). */
  update: boolean;
  /** Archive it (not when already archived). */
  archive: boolean;
  /** Bring it back (only while archived). */
  restore: boolean;
  /** Merge duplicates into it (not while archived). */
  merge: boolean;
  /** Validate it or send it back (supervisors). */
  validate: boolean;
};

/** The user's abilities on one stored record of `resource`, archived or not. */
export function recordAbilities(user: Pick<SessionUser, "role">, resource: Resource, archived: boolean): RecordAbilities {
  return {
    update: !archived && can(user.role, "update", resource),
    archive: !archived && can(user.role, "archive", resource),
    restore: archived && can(user.role, "restore", resource),
    merge: !archived && can(user.role, "merge", resource),
    validate: can(user.role, "validate", resource),
  };
}

export type ListAbilities = {
  /** Record a new one. */
  create: boolean;
  /** See the archived ones (those who may restore them). */
  seeArchived: boolean;
};

/** The user's abilities on a list of `resource` records. */
export function listAbilities(user: Pick<SessionUser, "role">, resource: Resource): ListAbilities {
  return { create: can(user.role, "create", resource), seeArchived: can(user.role, "restore", resource) };
}

/** Which other kinds of records the user may open (for links between records). */
export function readableKinds(user: Pick<SessionUser, "role">) {
  return {
    meeting: can(user.role, "read", "meeting"),
    programme: can(user.role, "read", "programme"),
    agreement: can(user.role, "read", "agreement"),
    milestone: can(user.role, "read", "milestone"),
  };
}
