/**
 * The Tailwind classes that the modal parts share, so that a Dialog, an AlertDialog and a Sheet
 * dim the page, lay out their header and footer and set their description the same way.
 */
export const modalClasses = {
  overlay: "fixed inset-0 z-50 bg-black/50",
  /**
   * A box centred with `inset-x-0 mx-auto` (not `left-1/2 -translate-x-1/2`) so that it stays
   * centred in both reading directions; it scrolls within itself on a short screen.
   */
  centredContent:
    "fixed inset-x-0 top-1/2 z-50 mx-auto grid max-h-[calc(100dvh-2rem)] w-full max-w-[calc(100%-2rem)] -translate-y-1/2 gap-4 overflow-y-auto rounded-lg border bg-background p-6 shadow-lg outline-none sm:max-w-lg",
  header: "flex flex-col gap-2 text-center sm:text-start",
  /** Buttons stacked on a phone (the confirming one on top), in a row at the end from `sm`. */
  footer: "flex flex-col-reverse gap-2 sm:flex-row sm:justify-end",
  description: "text-sm text-muted-foreground",
} as const;
