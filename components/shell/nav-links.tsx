"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

export type NavLink = {
  href: string;
  label: string;
  /** A count of what waits for the user there (reviews, validations); shown when above 0. */
  badge?: number;
  /** The badge's meaning, read by screen readers ("3 waiting"). */
  badgeLabel?: string;
};

/** Main navigation; the links given are already filtered by role on the server. */
export function NavLinks({ links, label }: { links: NavLink[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-1">
      {links.map((link) => {
        const active = link.href === "/" ? pathname === "/" : pathname.startsWith(link.href);
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "rounded-md px-3 py-1.5 text-sm font-medium text-primary-foreground/85 transition-colors hover:bg-white/10 hover:text-primary-foreground",
              active && "bg-white/15 text-primary-foreground",
            )}
          >
            {link.label}
            {link.badge ? (
              <span
                data-testid={`nav-badge-${link.href}`}
                className="ms-1.5 inline-flex min-w-5 items-center justify-center rounded-full bg-warning px-1.5 text-xs font-bold text-warning-foreground"
              >
                <span aria-hidden>{link.badge}</span>
                <span className="sr-only">{link.badgeLabel ?? link.badge}</span>
              </span>
            ) : null}
          </Link>
        );
      })}
    </nav>
  );
}
