/** The main navigation, derived from the permission table so that a role sees only its rooms. */
import type { UserRole } from "@/db/schema";
import { can, type Action, type Resource } from "@/lib/auth/permissions";

/** A room; shown when the role may do `action` (default "read") on `resource`. */
export type NavItem = { href: string; key: string; resource?: Resource; action?: Action };

const items: NavItem[] = [
  { href: "/", key: "home" },
  { href: "/meetings", key: "meetings", resource: "meeting" },
  { href: "/projects", key: "projects", resource: "project" },
  { href: "/agreements", key: "agreements", resource: "agreement" },
  { href: "/organisations", key: "organisations", resource: "organisation" },
  { href: "/people", key: "people", resource: "person" },
  { href: "/events", key: "events", resource: "event" },
  { href: "/publications", key: "publications", resource: "event" },
  { href: "/data-quality", key: "dataQuality", resource: "dataQuality" },
  { href: "/validation", key: "validation", resource: "meeting", action: "validate" },
  { href: "/reviews", key: "reviews", resource: "milestone" },
  { href: "/admin/users", key: "users", resource: "user", action: "manage" },
];

/** Navigation entries a role may open (the item's permission on the room's resource). */
export function navigationFor(role: UserRole): NavItem[] {
  return items.filter((item) => !item.resource || can(role, item.action ?? "read", item.resource));
}
