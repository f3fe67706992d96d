/** One calendar item: a link to its record, marked with its kind (icon, colour, accessible name). */
import { Link } from "@/components/ui/link";
import { CalendarDays, Flag, ListChecks, Users } from "lucide-react";
import type { CalendarEntry } from "@/lib/calendar/month";
import type { CalendarKind } from "@/lib/calendar/schema";
import { cn } from "@/lib/utils";

const kindStyle: Record<CalendarKind, { icon: typeof Users; className: string }> = {
  meeting: { icon: Users, className: "border-sky-600 bg-sky-50 text-sky-950" },
  edition: { icon: CalendarDays, className: "border-violet-600 bg-violet-50 text-violet-950" },
  milestone: { icon: Flag, className: "border-amber-600 bg-amber-50 text-amber-950" },
  followUp: { icon: ListChecks, className: "border-emerald-600 bg-emerald-50 text-emerald-950" },
};

export function CalendarEntryLink({
  entry,
  kindLabel,
  fallbackTitle,
  compact = false,
  note,
}: {
  entry: CalendarEntry;
  kindLabel: string;
  /** Shown when the record has no title of its own (a meeting without counterparts). */
  fallbackTitle: string;
  /** One line, truncated (the month grid); otherwise the context goes on a second line. */
  compact?: boolean;
  /** A precision note (e.g. "the whole year"). */
  note?: string;
}) {
  const { icon: Icon, className } = kindStyle[entry.kind];
  const title = entry.title || fallbackTitle;
  return (
    <Link
      href={entry.href}
      data-testid="calendar-entry"
      data-kind={entry.kind}
      className={cn(
        "flex min-w-0 items-start gap-1.5 rounded-sm border-s-4 px-1.5 py-0.5 text-xs hover:underline focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none",
        className,
      )}
    >
      <Icon aria-hidden className="mt-0.5 size-3.5 shrink-0" />
      <span className="sr-only">{kindLabel}: </span>
      <span className={cn("min-w-0", compact ? "truncate" : "flex flex-col")}>
        <bdi dir="auto" className={compact ? undefined : "font-medium"} title={compact ? title : undefined}>
          {title}
        </bdi>
        {!compact && (entry.context || note) && (
          <span className="text-muted-foreground">
            {entry.context && <bdi dir="auto">{entry.context}</bdi>}
            {entry.context && note ? " · " : null}
            {note}
          </span>
        )}
      </span>
    </Link>
  );
}

/** How a calendar view names an item: its kind, the title to show when it has none, an extra note. */
export type EntryTitle = (entry: CalendarEntry) => { kind: string; fallback: string; note?: string };

/** A grid of calendar items (a day of the agenda, the month's strip), each a link to its record. */
export function CalendarEntryGrid({ entries, titleFor }: { entries: CalendarEntry[]; titleFor: EntryTitle }) {
  return (
    <ul className="grid gap-1.5 sm:grid-cols-2 lg:grid-cols-3">
      {entries.map((entry) => {
        const label = titleFor(entry);
        return (
          <li key={`${entry.kind}-${entry.id}`}>
            <CalendarEntryLink entry={entry} kindLabel={label.kind} fallbackTitle={label.fallback} note={label.note} />
          </li>
        );
      })}
    </ul>
  );
}
