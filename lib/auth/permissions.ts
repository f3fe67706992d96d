/**
 * The single permission table: role × resource → allowed actions.
 * Every server action (through lib/write/run-mutation.ts) and every server-side read
 * (through lib/auth/session.ts `requirePermission`) asks `can()`. Hiding a button is never the check.
 *
 * Row-level scope (a committee member sees only the projects whose steering committee they sit on)
 * is one module, lib/auth/scope.ts, that every query and the write path apply on top of this table.
 */
import type { UserRole } from "@/db/enums";

export const resources = [
  "meeting",
  "person",
  "organisation",
  "event",
  "programme",
  "project",
  "milestone",
  "agreement",
  "country",
  "dataQuality",
  "auditLog",
  "user",
  /** One's own account (changing one's own password); every role has it. */
  "account",
  /** A meeting's follow-up actions: closing one (done, dropped), reading the lists of them. */
  "followUp",
  /** One's own notices (reading them, marking them read, choosing which come by e-mail). */
  "notification",
] as const;
export type Resource = (typeof resources)[number];

export const actions = [
  "read",
  "create",
  "update",
  "archive",
  "restore",
  "merge",
  "validate",
  "review",
  "manage",
] as const;
export type Action = (typeof actions)[number];

const recordKeeping = ["read", "create", "update"] as const satisfies readonly Action[];
const supervision = [
  "read",
  "create",
  "update",
  "archive",
  "restore",
  "merge",
  "validate",
] as const satisfies readonly Action[];

/** The table itself. Absent resource = no access at all. */
export const permissionTable: Record<UserRole, Partial<Record<Resource, readonly Action[]>>> = {
  admin: {
    meeting: ["read"],
    person: ["read"],
    organisation: ["read"],
    event: ["read"],
    programme: ["read"],
    project: ["read"],
    milestone: ["read"],
    agreement: ["read"],
    country: ["read"],
    dataQuality: ["read"],
    auditLog: ["read"],
    user: ["read", "create", "update", "archive", "manage"],
    account: ["update"],
    followUp: ["read"],
    notification: ["read", "update"],
  },
  supervisor: {
    meeting: supervision,
    person: supervision,
    organisation: supervision,
    event: supervision,
    programme: supervision,
    project: supervision,
    milestone: supervision,
    agreement: supervision,
    // Country profiles and briefings are read-only views over the other records.
    country: ["read"],
    // Supervisors work through the data-quality report: they mark a point resolved, with a note.
    dataQuality: ["read", "update"],
    auditLog: ["read"],
    account: ["update"],
    followUp: ["read", "update"],
    notification: ["read", "update"],
  },
  staff: {
    meeting: recordKeeping,
    person: [...recordKeeping, "merge"],
    organisation: [...recordKeeping, "merge"],
    event: recordKeeping,
    programme: recordKeeping,
    project: recordKeeping,
    milestone: recordKeeping,
    agreement: recordKeeping,
    country: ["read"],
    auditLog: ["read"],
    account: ["update"],
    followUp: ["read", "update"],
    notification: ["read", "update"],
  },
  committee: {
    // Scoped in SQL to the projects of the member's steering committees.
    project: ["read"],
    milestone: ["read", "review"],
    account: ["update"],
    notification: ["read", "update"],
  },
};

/**
 * May a user of `role` do `action` on `resource`?
 * @returns true when the table grants it; false for any unknown role, resource or action.
 */
export function can(role: UserRole | undefined | null, action: Action, resource: Resource): boolean {
  if (!role) return false;
  return permissionTable[role]?.[resource]?.includes(action) ?? false;
}

/** Thrown when the permission table refuses an action. */
export class ForbiddenError extends Error {
  constructor(
    readonly action: Action,
    readonly resource: Resource,
  ) {
    super(`Forbidden: ${action} ${resource}`);
    this.name = "ForbiddenError";
  }
}

/** Throws ForbiddenError unless `can(role, action, resource)`. */
export function assertCan(role: UserRole | undefined | null, action: Action, resource: Resource): void {
  if (!can(role, action, resource)) throw new ForbiddenError(action, resource);
}
