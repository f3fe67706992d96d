/**
 * The parts the home pages (staff, supervisor, administrator) share: the page's heading and each
 * card of figures or of what waits for the user. Plain server-renderable components; the words
 * come from the caller, in its own room's messages.
 */
import { useLocale } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatCount } from "@/lib/i18n/numbers";
import { cn } from "@/lib/utils";

/** A home page's h1 and the line under it, with its buttons (e.g. "record a meeting") at the end. */
export function HomeHeader({ title, intro, children }: { title: React.ReactNode; intro: React.ReactNode; children?: React.ReactNode }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <div>
        <h1 className="text-2xl font-bold">{title}</h1>
        <p className="text-muted-foreground">{intro}</p>
      </div>
      {children}
    </div>
  );
}

/** How many records a card holds, as a badge at the heading's end (in the reader's digits grouping): in `tone` when `alert`, grey otherwise. */
type CardCount = { value: number; alert: boolean; tone?: "destructive" | "warning"; label?: string; className?: string; testId?: string };

/**
 * A home card: its level-2 heading (after an `icon`, before a `count`), a description, and its
 * content; or, when `empty` is a message, that message instead of the content (pass
 * `rows.length === 0 && t("none")`). Other props (`className`, `data-testid`…) go to the card.
 */
export function HomeCard({
  title,
  description,
  icon,
  count,
  empty,
  contentClassName,
  children,
  className,
  ...cardProps
}: {
  title: React.ReactNode;
  description?: React.ReactNode;
  icon?: React.ReactNode;
  count?: CardCount;
  empty?: string | false;
  contentClassName?: string;
} & Omit<React.ComponentProps<typeof Card>, "title">) {
  const locale = useLocale();
  return (
    <Card className={cn("gap-4", className)} {...cardProps}>
      <CardHeader>
        <CardTitle className={cn((icon || count) && "flex flex-wrap items-center gap-2")}>
          {icon}
          <h2>{title}</h2>
          {count && (
            <Badge variant={count.alert ? (count.tone ?? "destructive") : "secondary"} className={cn("ms-auto", count.className)} aria-label={count.label} data-testid={count.testId}>
              {formatCount(count.value, locale)}
            </Badge>
          )}
        </CardTitle>
        {description && <CardDescription>{description}</CardDescription>}
      </CardHeader>
      <CardContent className={contentClassName}>{empty ? <p className="text-sm text-muted-foreground">{empty}</p> : children}</CardContent>
    </Card>
  );
}
