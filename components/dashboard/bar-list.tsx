import { useLocale } from "next-intl";
import { Link } from "@/components/ui/link";
import { formatCount } from "@/lib/i18n/numbers";

export type Bar = { key: string; label: string; count: number; href?: string };

/**
 * A horizontal bar chart that is also a list: each row is a label (a link to the records), a bar
 * proportional to the largest count (decorative), and the number itself, always visible, in the
 * reader's language (formatCount: «4,915»).
 */
export function BarList({ bars, testIdPrefix, tone = "primary" }: { bars: Bar[]; testIdPrefix: string; tone?: "primary" | "warning" }) {
  const locale = useLocale();
  const max = Math.max(1, ...bars.map((b) => b.count));
  return (
    <ul className="flex flex-col gap-2">
      {bars.map((bar) => (
        <li key={bar.key} className="grid grid-cols-[minmax(7rem,11rem)_1fr_minmax(2.5rem,auto)] items-center gap-3 text-sm">
          {bar.href ? (
            <Link href={bar.href} className="truncate text-primary underline-offset-4 hover:underline" title={bar.label}>
              {bar.label}
            </Link>
          ) : (
            <span className="truncate" title={bar.label}>
              {bar.label}
            </span>
          )}
          <span aria-hidden className="h-3 rounded-full bg-muted">
            <span
              className={tone === "warning" ? "block h-3 rounded-full bg-warning" : "block h-3 rounded-full bg-primary/80"}
              style={{ inlineSize: `${(bar.count / max) * 100}%` }}
            />
          </span>
          <span className="text-end font-semibold tabular-nums" data-testid={`${testIdPrefix}-${bar.key}`}>
            {formatCount(bar.count, locale)}
          </span>
        </li>
      ))}
    </ul>
  );
}
