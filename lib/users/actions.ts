"use server";

/**
 * User accounts: the administrator's actions (create with a one-time password, change role,
 * deactivate / reactivate, reset password, steering-committee memberships) and the change of one's
 * own password. Every one goes through the write path; accounts carry a `version`, so two admins
 * never overwrite each other silently.
 *
 * A one-time password is returned once, in the action's result, and never stored in clear; the
 * account must change it at its next sign-in (lib/auth/session.ts `requireUser`).
 * Deactivation and reactivation both set `sessions_valid_from`, so the sessions open before them
 * end (lib/auth/session.ts refuses them on every request); an inactive account is refused too.
 */
import { randomInt } from "node:crypto";
import type { z } from "zod";
import { revalidatePath } from "next/cache";
import { eq, inArray } from "drizzle-orm";
import { projects, steeringCommitteeMemberships, users } from "@/db/schema";
import type { Action } from "@/lib/auth/permissions";
import { hashPasswordSync, verifyPasswordSync } from "@/lib/auth/password";
import { updateAccount } from "./account-write";
import {
  ConflictError,
  NotFoundError,
  RuleError,
  runMutation,
  type ActionResult,
  type WriteContext,
} from "@/lib/write/run-mutation";
import {
  passwordChangeSchema,
  userActiveSchema,
  userCreateSchema,
  userMembershipsSchema,
  userPasswordResetSchema,
  userRoleChangeSchema,
  type PasswordChangeValues,
  type UserCreateValues,
} from "./schema";

// Letters and digits that cannot be mistaken for one another when read aloud or copied by hand.
const ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** A one-time password: 4 groups of 4 characters (about 79 bits), e.g. `k7qm-3xwp-9hzt-4vnc`. */
function oneTimePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g += 1) {
    let group = "";
    for (let i = 0; i < 4; i += 1) group += ONE_TIME_ALPHABET[randomInt(ONE_TIME_ALPHABET.length)];
    groups.push(group);
  }
  return groups.join("-");
}


/** An administrator never locks themself out: no demotion or deactivation of one's own account. */
function refuseOwnAccount(ctx: WriteContext<unknown>, id: number): void {
  if (ctx.user.id === id) throw new RuleError("ownAccount");
}

function revalidateUsers(id?: number) {
  revalidatePath("/admin/users");
  if (id) revalidatePath(`/admin/users/${id}`);
}

/**
 * An administrator's change of the account `input.id` through the write path (permission
 * `action` on "user"), revalidating the account's pages when it succeeds.
 */
async function changeAccount<Schema extends z.ZodType<{ id: number; version: number }>, T>(
  action: Action,
  schema: Schema,
  input: z.input<Schema> & { id: number },
  write: (ctx: WriteContext<z.output<Schema>>) => T,
): Promise<ActionResult<T>> {
  const result = await runMutation<Schema, T, "user">({ action, resource: "user", schema, input, write });
  if (result.ok) revalidateUsers(input.id);
  return result;
}

/**
 * Creates an account with a one-time password that must be changed at first sign-in.
 * @returns the new id and the one-time password (shown once to the admin); error "rule" with
 *   field email "emailTaken" when the email is in use
 */
export async function createUser(input: UserCreateValues): Promise<ActionResult<{ id: number; oneTimePassword: string }>> {
  const result = await runMutation({
    action: "create",
    resource: "user",
    schema: userCreateSchema,
    input,
    // The one-time password is shown once and never stored in clear: a repeated key cannot
    // answer with it again, so it answers as a second create of that email would.
    replay: () => {
      throw new RuleError("emailTaken", "email");
    },
    write: (ctx) => {
      const { name, email, role, locale } = ctx.data;
      if (ctx.tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) {
        throw new RuleError("emailTaken", "email");
      }
      const password = oneTimePassword();
      const { id } = ctx.tx
        .insert(users)
        .values({
          name,
          email,
          role,
          locale,
          passwordHash: hashPasswordSync(password),
          mustChangePassword: true,
          active: true,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })
        .returning({ id: users.id })
        .get();
      ctx.audit({ action: "create", entityType: "user", entityId: id, changes: { name, email, role, locale } });
      return { id, oneTimePassword: password };
    },
  });
  if (result.ok) revalidateUsers();
  return result;
}

/** Changes an account's role (not one's own). The new role applies from the account's next request. */
export async function changeUserRole(input: z.input<typeof userRoleChangeSchema>): Promise<ActionResult<{ version: number }>> {
  return changeAccount("update", userRoleChangeSchema, input, (ctx) => {
    refuseOwnAccount(ctx, ctx.data.id);
    const changes = updateAccount(ctx, ctx.data.id, ctx.data.version, { role: ctx.data.role });
    ctx.audit({ action: "update", entityType: "user", entityId: ctx.data.id, changes });
    return { version: ctx.data.version + 1 };
  });
}

/**
 * Deactivates (`active: false`) or reactivates an account (not one's own). Either way the
 * account's open sessions stop working at their next request; a reactivated user signs in anew.
 */
export async function setUserActive(input: z.input<typeof userActiveSchema>): Promise<ActionResult<{ version: number }>> {
  return changeAccount("archive", userActiveSchema, input, (ctx) => {
    refuseOwnAccount(ctx, ctx.data.id);
    const changes = updateAccount(ctx, ctx.data.id, ctx.data.version, {
      active: ctx.data.active,
      // Both ways end the sessions already open: a reactivated account does not revive old cookies.
      sessionsValidFrom: ctx.now,
    });
    ctx.audit({ action: ctx.data.active ? "reactivate" : "deactivate", entityType: "user", entityId: ctx.data.id, changes });
    return { version: ctx.data.version + 1 };
  });
}

/**
 * Replaces an account's password with a new one-time password, to be changed at next sign-in.
 * @returns the one-time password (shown once to the admin)
 */
export async function resetUserPassword(input: z.input<typeof userPasswordResetSchema>): Promise<ActionResult<{ version: number; oneTimePassword: string }>> {
  return changeAccount("manage", userPasswordResetSchema, input, (ctx) => {
    const password = oneTimePassword();
    // Ends the sessions already open: whoever holds one must not be able to pick the new password.
    updateAccount(ctx, ctx.data.id, ctx.data.version, {
      passwordHash: hashPasswordSync(password),
      mustChangePassword: true,
      sessionsValidFrom: ctx.now,
    });
    ctx.audit({ action: "reset_password", entityType: "user", entityId: ctx.data.id });
    return { version: ctx.data.version + 1, oneTimePassword: password };
  });
}

/**
 * Sets the projects whose steering committee the account sits on (replacing the current list).
 * The account's version is checked and bumped: two admins editing memberships do not overwrite
 * each other. Unknown projects are refused, and so are archived ones unless the account already
 * sits on their committee (a membership kept through an archiving can be saved again, not added):
 * "invalidOption" on projectIds.
 */
export async function setCommitteeMemberships(input: z.input<typeof userMembershipsSchema>): Promise<ActionResult<{ version: number }>> {
  const result = await changeAccount("update", userMembershipsSchema, input, (ctx) => {
    const { id, version } = ctx.data;
    const projectIds = [...new Set(ctx.data.projectIds)];
    const before = ctx.tx
      .select({ projectId: steeringCommitteeMemberships.projectId })
      .from(steeringCommitteeMemberships)
      .where(eq(steeringCommitteeMemberships.userId, id))
      .all()
      .map((m) => m.projectId)
      .sort((a, b) => a - b);
    const held = new Set(before);
    const known = projectIds.length
      ? ctx.tx.select({ id: projects.id, archivedAt: projects.archivedAt }).from(projects).where(inArray(projects.id, projectIds)).all()
      : [];
    if (known.length !== projectIds.length || known.some((p) => p.archivedAt !== null && !held.has(p.id))) {
      throw new RuleError("invalidOption", "projectIds");
    }
    updateAccount(ctx, id, version, {});
    ctx.tx.delete(steeringCommitteeMemberships).where(eq(steeringCommitteeMemberships.userId, id)).run();
    if (projectIds.length) {
      ctx.tx
        .insert(steeringCommitteeMemberships)
        .values(projectIds.map((projectId) => ({ userId: id, projectId, createdAt: ctx.now })))
        .run();
    }
    const after = [...projectIds].sort((a, b) => a - b);
    ctx.audit({ action: "update", entityType: "user", entityId: id, changes: { committees: [before, after] } });
    return { version: version + 1 };
  });
  // A committee member's home and navigation list their committees' projects.
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

/**
 * Changes the signed-in user's own password (any role). The current password must be given;
 * the new one must have at least 12 characters and differ from the current one (so a one-time
 * password cannot be kept). Clears the must-change flag.
 * @returns errors "rule" with field currentPassword "wrongPassword", "invalid" with field errors
 */
export async function changeOwnPassword(input: PasswordChangeValues): Promise<ActionResult<null>> {
  return runMutation({
    action: "update",
    resource: "account",
    schema: passwordChangeSchema,
    input,
    write: (ctx) => {
      const account = ctx.tx.select().from(users).where(eq(users.id, ctx.user.id)).get();
      if (!account) throw new NotFoundError("user", ctx.user.id);
      if (!verifyPasswordSync(account.passwordHash, ctx.data.currentPassword)) {
        throw new RuleError("wrongPassword", "currentPassword");
      }
      updateAccount(ctx, account.id, account.version, {
        passwordHash: hashPasswordSync(ctx.data.newPassword),
        mustChangePassword: false,
      });
      ctx.audit({ action: "change_password", entityType: "user", entityId: account.id });
      return null;
    },
  });
}
