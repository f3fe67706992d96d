/**
 * A row of filter links over one filter of a page (a queue's tabs, a decision filter): a nav
 * named by `label`, an optional "all" chip (the filter unset) first, then one chip per choice;
 * the current one is filled and says so to assistive technology (FilterChip).
 */
import { FilterChip } from "@/components/shell/filter-chip";

/**
 * @param choices each value the filter takes, with the chip's words
 * @param current the filter's value now (undefined: unset, the "all" chip)
 * @param all the words of the "all" chip; without them there is none (the filter is never unset)
 * @param href the page's URL with the filter at a value (undefined: unset), its other filters kept
 */
export function FilterChips<V extends string>({
  label,
  choices,
  current,
  all,
  href,
}: {
  label: string;
  choices: readonly { value: V; label: React.ReactNode }[];
  current: V | undefined;
  all?: React.ReactNode;
  href: (value: V | undefined) => string;
}) {
  return (
    <nav aria-label={label} className="flex flex-wrap gap-2">
      {all !== undefined && (
        <FilterChip href={href(undefined)} active={current === undefined}>
          {all}
        </FilterChip>
      )}
      {choices.map((choice) => (
        <FilterChip key={choice.value} href={href(choice.value)} active={current === choice.value}>
          {choice.label}
        </FilterChip>
      ))}
    </nav>
  );
}
