/**
 * One choice of a row of filter links (a queue's tabs, a decision filter): a rounded chip,
 * filled when it is the current choice, which it also says to assistive technology.
 */
import { Link } from "@/components/ui/link";
import { cn } from "@/lib/utils";

export function FilterChip({ href, active, children }: { href: string; active: boolean; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={cn(
        "rounded-full border px-3 py-1 text-sm transition-colors hover:bg-muted",
        active && "border-primary bg-primary text-primary-foreground hover:bg-primary/90",
      )}
    >
      {children}
    </Link>
  );
}
