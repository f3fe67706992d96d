import * as React from "react";

import { cn } from "@/lib/utils";

/**
 * The shape most shadcn/ui v4 parts share, written once: a component that renders `Component`
 * (an HTML tag such as "div", or a Radix / cmdk primitive) with `data-slot={slot}` and the part's
 * own `classes` merged before the caller's `className` (tailwind-merge, so the caller wins).
 *
 *     const CardTitle = slotted("div", "card-title", "leading-none font-semibold");
 *
 * The result takes exactly the props of `Component` (`React.ComponentProps<typeof Component>`),
 * refs included (React 19 passes `ref` as a prop). Without `classes` and without a caller's
 * `className` no `class` attribute is rendered. Parts with variants, defaults or children of
 * their own (a close button, an indicator) stay written out in their file.
 * @param Component the element or primitive to render
 * @param slot the `data-slot` value, by shadcn's convention the part's name in kebab case
 * @param classes the part's Tailwind classes (optional)
 */
export function slotted<T extends React.ElementType>(Component: T, slot: string, classes?: string) {
  // A generic element type cannot be rendered with its own props in TypeScript; the public
  // signature below keeps the caller's props exact.
  const Element = Component as React.ElementType;
  function Slotted({ className, ...props }: React.ComponentProps<T> & { className?: string }) {
    return <Element data-slot={slot} className={cn(classes, className) || undefined} {...props} />;
  }
  Slotted.displayName = slot;
  return Slotted as (props: React.ComponentProps<T>) => React.JSX.Element;
}
