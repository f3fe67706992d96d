"use client";

/**
 * The phone navigation's sheet (components/shell/nav-links.tsx NavSheet loads it on first use):
 * every link, then the account and sign-out footer. Controlled by NavSheet's button; on close,
 * focus goes back to that button.
 */
import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { Sheet, SheetClose, SheetContent, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { cn } from "@/lib/utils";
import { isActive, NavBadge, type NavLink } from "./nav-links";

export default function NavSheetPanel({
  open,
  onOpenChange,
  returnFocusTo,
  links,
  label,
  title,
  closeLabel,
  footer,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  returnFocusTo: React.RefObject<HTMLButtonElement | null>;
  links: NavLink[];
  label: string;
  title: string;
  closeLabel: string;
  footer?: React.ReactNode;
}) {
  const pathname = usePathname();
  return (
    <Sheet open={open} onOpenChange={onOpenChange}>
      <SheetContent
        side="start"
        closeLabel={closeLabel}
        aria-describedby={undefined}
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          returnFocusTo.current?.focus();
        }}
      >
        <SheetHeader className="border-b">
          <SheetTitle>{title}</SheetTitle>
        </SheetHeader>
        <nav aria-label={label} className="flex flex-col gap-1 px-2">
          {links.map((link) => {
            const active = isActive(pathname, link.href);
            return (
              <SheetClose asChild key={link.href}>
                <Link
                  href={link.href}
                  aria-current={active ? "page" : undefined}
                  className={cn("flex items-center rounded-md px-3 py-2 text-sm font-medium hover:bg-accent", active && "bg-accent text-accent-foreground")}
                >
                  {link.label}
                  <NavBadge link={link} />
                </Link>
              </SheetClose>
            );
          })}
        </nav>
        {footer && <div className="mt-auto flex flex-col gap-2 border-t p-4 text-sm">{footer}</div>}
      </SheetContent>
    </Sheet>
  );
}
