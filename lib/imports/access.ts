/**
 * Who may import what: a kind of record is importable by a role that may create it (the
 * permission table, lib/auth/permissions.ts). Committee members and administrators create none of
 * them, so they import nothing. The commit asks the write path again (runMutation).
 */
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { importKinds, importResource, type ImportKind } from "./columns";

/** The kinds `user` may import, in the page's order. */
export function importableKinds(user: Pick<SessionUser, "role" | "mustChangePassword">): ImportKind[] {
  if (user.mustChangePassword) return [];
  return importKinds.filter((kind) => can(user.role, "create", importResource[kind]));
}
