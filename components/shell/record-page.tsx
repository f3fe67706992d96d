/**
 * The parts that the list and detail pages of the records (projects, programmes, agreements,
 * organisations, people, events) share, so that they look and read the same. Plain components
 * (no hooks, no server-only imports): usable from server pages and client forms alike. The
 * words come from the caller, in its own room's messages.
 */
import { Link } from "@/components/ui/link";
import { Pencil, Plus } from "@/components/ui/icons";
import { Alert, AlertTitle } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";

/** A list page's title (with a link up, e.g. programmes → projects), and its buttons at the end. */
export function ListHeader({ title, back, children }: { title: string; back?: { href: string; label: string }; children?: React.ReactNode }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <div>
        {back && <BackLink {...back} />}
        <h1 className="text-2xl font-bold">{title}</h1>
      </div>
      <div className="flex flex-wrap items-center gap-2">{children}</div>
    </div>
  );
}

/** The "new …" button of a list page. */
export function NewLink({ href, label }: { href: string; label: string }) {
  return (
    <Link href={href} className={buttonVariants()}>
      <Plus aria-hidden className="size-4" />
      {label}
    </Link>
  );
}

/** Switches a list between its current and its archived records (`?archived=1`). */
export function ArchivedToggle({ href, archived, labels }: { href: string; archived: boolean; labels: { showArchived: string; showCurrent: string } }) {
  return (
    <Link href={archived ? href : `${href}?archived=1`} className={buttonVariants({ variant: "ghost" })}>
      {archived ? labels.showCurrent : labels.showArchived}
    </Link>
  );
}

/** A list's column heading: its words, or with classes (e.g. `text-end` for counts). */
type Column = string | { label: string; className?: string };

/**
 * A list's table, its rows given as `children`, with its column headings (a falsy column, one some
 * users do not see, is left out); or, when `rowCount` is 0 and there is an `empty` message, that
 * message in its place (without one, the table shows with no rows).
 * The table, and the message, stand in a bordered card of their own; `inCard` is for a table
 * already inside a card: no border, and the message as plain text. `frameClassName` adds classes
 * to the table's box (e.g. a scroll height). Other props (`data-testid`…) go to the table.
 */
export function ListTable({
  rowCount,
  empty,
  columns,
  inCard = false,
  frameClassName,
  children,
  ...tableProps
}: {
  rowCount?: number;
  empty?: string;
  columns: (Column | false | null | undefined)[];
  inCard?: boolean;
  frameClassName?: string;
} & React.ComponentProps<typeof Table>) {
  if (rowCount === 0 && empty !== undefined) {
    return <p className={inCard ? "text-muted-foreground" : "rounded-lg border bg-card p-8 text-center text-muted-foreground"}>{empty}</p>;
  }
  return (
    <div className={cn(!inCard && "rounded-lg border bg-card", frameClassName)}>
      <Table {...tableProps}>
        <TableHeader>
          <TableRow>
            {columns
              .filter((column): column is Column => !!column)
              .map((column) =>
                typeof column === "string" ? (
                  <TableHead key={column}>{column}</TableHead>
                ) : (
                  <TableHead key={column.label} className={column.className}>
                    {column.label}
                  </TableHead>
                ),
              )}
          </TableRow>
        </TableHeader>
        <TableBody>{children}</TableBody>
      </Table>
    </div>
  );
}

/**
 * A record page's header: the link back to its list above what `children` says of the record
 * (its h1 first), and the record's buttons (edit, merge, archive…) at the end.
 */
export function RecordHeader({ back, actions, children }: { back: { href: string; label: string }; actions: React.ReactNode; children: React.ReactNode }) {
  return (
    <header className="flex flex-wrap items-start justify-between gap-3">
      <div>
        <BackLink {...back} />
        {children}
      </div>
      <div className="flex flex-wrap items-start gap-2">{actions}</div>
    </header>
  );
}

function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <p className="text-sm text-muted-foreground">
      <Link href={href} className="hover:underline">
        {label}
      </Link>
    </p>
  );
}

/** The "edit" button of a record page. */
export function EditLink({ href, label }: { href: string; label: string }) {
  return (
    <Link href={href} className={buttonVariants({ variant: "outline" })}>
      <Pencil aria-hidden className="size-4" />
      {label}
    </Link>
  );
}

/** Says at the top of a record's page that the record is archived. */
export function ArchivedNotice({ title }: { title: string }) {
  return (
    <Alert>
      <AlertTitle>{title}</AlertTitle>
    </Alert>
  );
}

/**
 * A card with a level-2 heading; `action` (e.g. an "add" button) sits at the heading's end. Other
 * props (`className`, `data-testid`…) go to the card.
 */
export function SectionCard({
  title,
  action,
  contentClassName,
  children,
  ...cardProps
}: {
  title: string;
  action?: React.ReactNode;
  contentClassName?: string;
} & Omit<React.ComponentProps<typeof Card>, "title">) {
  return (
    <Card {...cardProps}>
      <CardHeader className={cn(action && "flex flex-row flex-wrap items-center justify-between gap-2")}>
        <CardTitle>
          <h2>{title}</h2>
        </CardTitle>
        {action}
      </CardHeader>
      <CardContent className={contentClassName}>{children}</CardContent>
    </Card>
  );
}
