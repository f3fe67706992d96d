"use client";

/**
 * The desktop header's "more" menu (components/shell/nav-links.tsx loads it on first use): the
 * links that do not fit on the header's row.
 */
import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { useFirstItemFocus, type Opening } from "@/components/ui/on-first-use";
import { cn } from "@/lib/utils";
import { isActive, NavBadge, type NavLink } from "./nav-links";

/** The menu, opened at once (it mounts when the "more" button is first pressed); `button` is that button. */
export default function NavMoreMenu({ opening, button, links }: { opening: Opening; button: React.ReactElement; links: NavLink[] }) {
  const pathname = usePathname();
  const firstItemFocus = useFirstItemFocus(opening);
  return (
    <DropdownMenu defaultOpen>
      <DropdownMenuTrigger asChild>{button}</DropdownMenuTrigger>
      <DropdownMenuContent align="start" onFocus={firstItemFocus}>
        {links.map((link) => (
          <DropdownMenuItem key={link.href} asChild className={cn(link.placement === "wide" && "xl:hidden")}>
            <Link href={link.href} aria-current={isActive(pathname, link.href) ? "page" : undefined}>
              {link.label}
              <NavBadge link={link} />
            </Link>
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
