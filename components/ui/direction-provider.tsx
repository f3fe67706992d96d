"use client";

import * as React from "react";
import { Direction } from "radix-ui";

/**
 * Tells every Radix primitive below it the reading direction, so that keyboard navigation
 * (arrow keys in menus, tabs, selects) and popper alignment follow the page: "rtl" for Arabic,
 * "ltr" for French and English. The `dir` attribute on <html> is set separately by the layout.
 */
function DirectionProvider({ dir, children }: { dir: "ltr" | "rtl"; children?: React.ReactNode }) {
  return <Direction.Provider dir={dir}>{children}</Direction.Provider>;
}

export { DirectionProvider };
