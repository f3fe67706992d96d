/** The main navigation, derived from the permission table so that a role sees only its rooms. */
import type { UserRole } from "@/db/enums";
import { can, type Action, type Resource } from "@/lib/auth/permissions";

/**
 * A room; shown when the role may do `action` (default "read") on `resource`.
 * `placement` says where the desktop header shows it: `primary` inline (the first
 * {@link PRIMARY_AT_LG} of them also between 1024 and 1280 px), `more` in the "more" menu. The
 * phone's navigation sheet lists every item in order.
 */
export type NavItem = { href: string; key: string; resource?: Resource; action?: Action; placement: "primary" | "more" };

const items: NavItem[] = [
  { href: "/", key: "home", placement: "primary" },
  { href: "/meetings", key: "meetings", resource: "meeting", placement: "primary" },
  { href: "/projects", key: "projects", resource: "project", placement: "primary" },
  { href: "/calendar", key: "calendar", placement: "more" },
  { href: "/agreements", key: "agreements", resource: "agreement", placement: "primary" },
  { href: "/countries", key: "countries", resource: "country", placement: "primary" },
  { href: "/validation", key: "validation", resource: "meeting", action: "validate", placement: "primary" },
  { href: "/reviews", key: "reviews", resource: "milestone", placement: "primary" },
  { href: "/admin/users", key: "users", resource: "user", action: "manage", placement: "primary" },
  { href: "/organisations", key: "organisations", resource: "organisation", placement: "more" },
  { href: "/people", key: "people", resource: "person", placement: "more" },
  { href: "/imports", key: "imports", resource: "meeting", action: "create", placement: "more" },
  { href: "/events", key: "events", resource: "event", placement: "more" },
  { href: "/publications", key: "publications", resource: "event", placement: "more" },
  { href: "/data-quality", key: "dataQuality", resource: "dataQuality", placement: "more" },
];

/** How many primary items stay inline between 1024 and 1280 px; the rest join the "more" menu there. */
export const PRIMARY_AT_LG = 4;

/**
 * Navigation entries a role may open (the item's permission on the room's resource), each with its
 * place in the desktop header: `inline` (always on the row), `wide` (on the row from 1280 px, in the
 * "more" menu below), `more` (always in the "more" menu). This keeps the header on one row at every
 * desktop width for every role.
 */
export function navigationFor(role: UserRole): (NavItem & { headerPlacement: "inline" | "wide" | "more" })[] {
  let rank = 0;
  return items
    .filter((item) => !item.resource || can(role, item.action ?? "read", item.resource))
    .map((item) => ({
      ...item,
      headerPlacement: item.placement === "more" ? "more" : rank++ < PRIMARY_AT_LG ? "inline" : "wide",
    }));
}
