/**
 * A list of records, or the message that says there are none: the shape of most sections of a
 * record's page (a country's meetings, a committee's members…). Plain component, usable from
 * server and client components alike; the words come from the caller.
 */
import { cn } from "@/lib/utils";

/**
 * @param count          how many items `children` holds (0 shows `empty` instead of the list)
 * @param empty          the message for an empty list, in the caller's words
 * @param ordered        an `<ol>` (an order that means something: newest first…) instead of a `<ul>`
 * @param className      the list's classes
 * @param emptyClassName added to the message's `text-muted-foreground` (e.g. `text-sm`)
 * @param children       the `<li>` items, each keyed by the caller
 */
export function ListOrEmpty({
  count,
  empty,
  ordered = false,
  className,
  emptyClassName,
  children,
}: {
  count: number;
  empty: string;
  ordered?: boolean;
  className?: string;
  emptyClassName?: string;
  children: React.ReactNode;
}) {
  if (count === 0) return <p className={cn("text-muted-foreground", emptyClassName)}>{empty}</p>;
  const List = ordered ? "ol" : "ul";
  return <List className={className}>{children}</List>;
}
