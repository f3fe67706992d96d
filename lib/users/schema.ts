/**
 * User accounts: the administrator's forms and the change of one's own password, shared by the
 * forms and the server actions. Messages are `errors.*` keys.
 */
import { z } from "zod";
import { locales, userRoles } from "@/db/enums";
import { requiredName } from "@/lib/validation/fields";
import "@/lib/validation/errors";
import { MIN_PASSWORD_LENGTH } from "./form-defaults";

/** Upper bound, so that hashing cannot be made arbitrarily slow. */
export const MAX_PASSWORD_LENGTH = 200;

const id = z.number().int().positive();
const version = z.number().int().positive();

export const userCreateSchema = z.object({
  name: requiredName(200),
  email: z.string().trim().toLowerCase().min(1).max(254).email(),
  role: z.enum(userRoles),
  locale: z.enum(locales),
});
export type UserCreateValues = z.input<typeof userCreateSchema>;

export const userRoleChangeSchema = z.object({ id, version, role: z.enum(userRoles) });
export const userActiveSchema = z.object({ id, version, active: z.boolean() });
export const userPasswordResetSchema = z.object({ id, version });
export const userMembershipsSchema = z.object({
  id,
  version,
  /** Every project whose steering committee the user sits on (replaces the current list). */
  projectIds: z.array(id).max(500),
});

export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
    newPassword: z.string().min(MIN_PASSWORD_LENGTH, { error: "passwordTooShort" }).max(MAX_PASSWORD_LENGTH),
    confirmPassword: z.string(),
  })
  .superRefine((value, ctx) => {
    if (value.confirmPassword !== value.newPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "passwordMismatch" });
    }
    if (value.newPassword === value.currentPassword) {
      ctx.addIssue({ code: "custom", path: ["newPassword"], message: "passwordUnchanged" });
    }
  });
export type PasswordChangeValues = z.infer<typeof passwordChangeSchema>;

