"use client";

/**
 * The main navigation in its three forms: inline links in the desktop header, a "more" menu for
 * what does not fit on one row, and a sheet opened by the menu button below 1024 px. The links
 * given are already filtered by role on the server (lib/navigation/main-nav.ts).
 */
import { lazy, useRef, useState } from "react";
import dynamic from "next/dynamic";
import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { ChevronDown, Menu } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";
import { OnFirstUse } from "@/components/ui/on-first-use";
import { cn } from "@/lib/utils";

export type NavLink = {
  href: string;
  label: string;
  /** A count of what waits for the user there (reviews, validations); shown when above 0. */
  badge?: number;
  /** The badge's meaning, read by screen readers ("3 waiting"). */
  badgeLabel?: string;
  /**
   * Where the desktop header puts it: `inline` always, `wide` inline from 1280 px and in the
   * "more" menu below, `more` always in the "more" menu.
   */
  placement: "inline" | "wide" | "more";
};

const loadNavSheetPanel = () => import("./nav-sheet-panel");
const NavSheetPanel = dynamic(loadNavSheetPanel, { ssr: false });
// The "more" menu (Radix DropdownMenu) loads when its button is first pointed at, focused or pressed.
const loadNavMoreMenu = () => import("./nav-more-menu");
const NavMoreMenu = lazy(loadNavMoreMenu);

/** Whether `href` is the current page or a section it belongs to. */
export function isActive(pathname: string, href: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/** Counts above this show as "999+" in a badge (screen readers still hear the count). */
const BADGE_SHOWN_UP_TO = 999;

/** A count's pill, in the links and on the "more" button. */
const BADGE_CLASS = "inline-flex min-w-5 items-center justify-center rounded-full bg-warning px-1.5 text-xs font-bold text-warning-foreground";

/** A badge's visible text: the count, or "999+" beyond (a header has no room for 28146). */
export function badgeText(count: number): string {
  return count > BADGE_SHOWN_UP_TO ? `${BADGE_SHOWN_UP_TO}+` : String(count);
}

/** The count of what waits for the user behind a link, when above 0. */
export function NavBadge({ link }: { link: NavLink }) {
  if (!link.badge) return null;
  return (
    <span
      data-testid={`nav-badge-${link.href}`}
      className={cn("ms-1.5", BADGE_CLASS)}
    >
      <span aria-hidden>{badgeText(link.badge)}</span>
      <span className="sr-only">{link.badgeLabel ?? link.badge}</span>
    </span>
  );
}

/** Desktop header navigation (from 1024 px): one row, the rest behind "more". */
export function NavLinks({ links, label }: { links: NavLink[]; label: string }) {
  const t = useTranslations("shell");
  const pathname = usePathname();
  const overflow = links.filter((l) => l.placement !== "inline");
  const alwaysMore = links.some((l) => l.placement === "more");
  // "More" is marked current when it holds the current page: always for a `more` item, only
  // below 1280 px for a `wide` one (inline from there).
  const moreActive = links.some((l) => l.placement === "more" && isActive(pathname, l.href));
  const moreActiveBelowXl = links.some((l) => l.placement === "wide" && isActive(pathname, l.href));
  // What waits behind "more": below 1280 px every overflowing link, from there only the `more` ones
  // (the `wide` ones are inline then, with their own badge).
  const moreBadge = overflow.reduce((sum, l) => sum + (l.badge ?? 0), 0);
  const moreBadgeXl = links.reduce((sum, l) => sum + (l.placement === "more" ? (l.badge ?? 0) : 0), 0);
  const moreButton = (props: React.ComponentProps<"button">) => (
    <button
      type="button"
      {...props}
      className={cn(
        "inline-flex shrink-0 items-center gap-1 rounded-md px-2.5 py-1.5 text-sm font-medium whitespace-nowrap text-primary-foreground/85 hover:bg-white/10 hover:text-primary-foreground focus-visible:ring-2 focus-visible:ring-white/60 focus-visible:outline-none",
        !alwaysMore && "xl:hidden",
        moreActive && "bg-white/15 text-primary-foreground",
        moreActiveBelowXl && "max-xl:bg-white/15 max-xl:text-primary-foreground",
      )}
    >
      {t("more")}
      {moreBadge > 0 && (
        <span aria-hidden data-testid="nav-more-badge" className={cn(BADGE_CLASS, "xl:hidden")}>
          {badgeText(moreBadge)}
        </span>
      )}
      {moreBadgeXl > 0 && (
        <span aria-hidden data-testid="nav-more-badge-xl" className={cn(BADGE_CLASS, "max-xl:hidden")}>
          {badgeText(moreBadgeXl)}
        </span>
      )}
      <ChevronDown aria-hidden className="size-4" />
    </button>
  );
  return (
    <nav aria-label={label} className="hidden flex-nowrap items-center gap-0.5 lg:flex">
      {links
        .filter((l) => l.placement !== "more")
        .map((link) => {
          const active = isActive(pathname, link.href);
          return (
            <Link
              key={link.href}
              href={link.href}
              prefetch="auto"
              aria-current={active ? "page" : undefined}
              className={cn(
                "shrink-0 items-center rounded-md px-2.5 py-1.5 text-sm font-medium whitespace-nowrap text-primary-foreground/85 transition-colors hover:bg-white/10 hover:text-primary-foreground",
                link.placement === "wide" ? "hidden xl:inline-flex" : "inline-flex",
                active && "bg-white/15 text-primary-foreground",
              )}
            >
              {link.label}
              <NavBadge link={link} />
            </Link>
          );
        })}
      {overflow.length > 0 && (
        <OnFirstUse load={loadNavMoreMenu} menu trigger={(props) => moreButton({ ...props, "aria-haspopup": "menu", "aria-expanded": false })}>
          {(opening) => <NavMoreMenu opening={opening} button={moreButton({})} links={overflow} />}
        </OnFirstUse>
      )}
    </nav>
  );
}

/**
 * Below 1024 px: a menu button that opens every link in a sheet from the inline-start side.
 * Escape or a link closes it; focus returns to the button. The sheet (Radix Dialog) is loaded when
 * the button is first pressed, or pointed at, not with every page: most visits never open it.
 */
export function NavSheet({ links, label, title, footer }: { links: NavLink[]; label: string; title: string; footer?: React.ReactNode }) {
  const t = useTranslations("shell");
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const waiting = links.reduce((sum, l) => sum + (l.badge ?? 0), 0);
  return (
    <>
      <Button
        ref={button}
        variant="ghost"
        size="icon"
        className="relative text-primary-foreground hover:bg-white/10 hover:text-primary-foreground lg:hidden"
        aria-label={t("openMenu")}
        aria-haspopup="dialog"
        aria-expanded={open}
        onPointerEnter={() => void loadNavSheetPanel()}
        onClick={() => {
          setWanted(true);
          setOpen(true);
        }}
      >
        <Menu aria-hidden className="size-5" />
        {waiting > 0 && <span aria-hidden className="absolute end-1 top-1 size-2 rounded-full bg-warning" />}
      </Button>
      {wanted && (
        <NavSheetPanel
          open={open}
          onOpenChange={setOpen}
          returnFocusTo={button}
          links={links}
          label={label}
          title={title}
          closeLabel={t("closeMenu")}
          footer={footer}
        />
      )}
    </>
  );
}
