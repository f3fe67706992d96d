/** One calendar item: a link to its record, marked with its kind (icon, colour, accessible name). */
import { Link } from "@/components/ui/link";
import { RecordText } from "@/components/ui/record-text";
import { CalendarDays, Flag, ListChecks, Users } from "@/components/ui/icons";
import type { CalendarEntry } from "@/lib/calendar/month";
import type { CalendarKind } from "@/lib/calendar/schema";

/** Each kind's icon (a <use> of the app's icon sprite, about 110 bytes); its colours are in app/globals.css (data-slot="calendar-entry", data-kind). */
const kindIcon: Record<CalendarKind, typeof Users> = { meeting: Users, edition: CalendarDays, milestone: Flag, followUp: ListChecks };

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
  const title = entry.title || fallbackTitle;
  const KindIcon = kindIcon[entry.kind];
  return (
    <Link href={entry.href} data-testid="calendar-entry" data-slot="calendar-entry" data-kind={entry.kind} data-compact={compact || undefined}>
      <KindIcon />
      <span className="sr-only">{kindLabel}: </span>
      <span data-slot="calendar-entry-text">
        {/* A meeting's names come isolated (joinNames): RecordText shows them in the page's direction. */}
        <RecordText text={title} className={compact ? undefined : "font-medium"} title={compact ? title : undefined} />
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
