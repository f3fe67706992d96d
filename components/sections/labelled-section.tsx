/**
 * A page's section named by its level-2 heading (`aria-labelledby`), so that screen readers list
 * it among the page's landmarks. Plain component, usable from server and client components.
 */
import { cn } from "@/lib/utils";

/**
 * @param id               the heading's id, unique on the page
 * @param title            the heading's words
 * @param className        added to the section's `flex flex-col gap-3` (e.g. `gap-2`, a card's border)
 * @param headingClassName the heading's classes (`text-lg font-semibold` unless given)
 * Other props (`data-testid`…) go to the section.
 */
export function LabelledSection({
  id,
  title,
  className,
  headingClassName = "text-lg font-semibold",
  children,
  ...sectionProps
}: { id: string; title: React.ReactNode; headingClassName?: string } & Omit<React.ComponentProps<"section">, "id" | "title">) {
  return (
    <section aria-labelledby={id} className={cn("flex flex-col gap-3", className)} {...sectionProps}>
      <h2 id={id} className={headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
