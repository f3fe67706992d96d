"use client";

/**
 * Controls whose overlay (a Radix menu or dialog, and what it holds) is loaded on first use, not
 * with every page: most visits never open the language menu, an export menu or a confirmation.
 * Until then the page shows a plain trigger that looks the same; pointing at it or focusing it
 * starts loading the overlay's module, pressing it (or ArrowDown on a menu's) renders the lazy
 * control, opened, in its place. From then on the lazy control is the one there, with its own
 * Radix trigger: Escape and closing give the focus back to it, as they always did.
 *
 *     const loadLanguageMenu = () => import("./language-menu");
 *     const LanguageMenu = lazy(loadLanguageMenu);
 *
 *     <OnFirstUse load={loadLanguageMenu} menu trigger={(props) => <Button {...props}>…</Button>}>
 *       {(opening) => <LanguageMenu opening={opening} />}
 *     </OnFirstUse>
 *
 * The lazy control renders itself opened (`defaultOpen`); a menu passes
 * `useFirstItemFocus(opening)` as its content's `onFocus`, so that a menu first opened with the
 * keyboard starts on its first item, as a Radix menu does.
 */
import { Suspense, useRef, useState } from "react";

/** How the control was first opened. */
export type Opening = "pointer" | "keyboard";

/** What the plain trigger is given (spread them on the button). */
export type FirstUseTriggerProps = Pick<React.ComponentProps<"button">, "onPointerEnter" | "onFocus" | "onClick" | "onKeyDown" | "aria-busy">;

export function OnFirstUse({
  load,
  trigger,
  menu = false,
  children,
}: {
  /** Starts loading the lazy control's module (the same function its React.lazy calls). */
  load: () => Promise<unknown>;
  /** The plain trigger shown until first use, and while the module loads (then `aria-busy`). */
  trigger: (props: FirstUseTriggerProps) => React.ReactElement;
  /** A menu's trigger: ArrowDown opens it too, as it opens a Radix menu. */
  menu?: boolean;
  /** The lazy control, rendered opened from the first use on. */
  children: (opening: Opening) => React.ReactNode;
}) {
  const [opening, setOpening] = useState<Opening | null>(null);
  if (!opening) {
    return trigger({
      onPointerEnter: () => void load(),
      onFocus: () => void load(),
      // A click from Enter or Space has no pointer position count (detail 0).
      onClick: (event) => setOpening(event.detail === 0 ? "keyboard" : "pointer"),
      onKeyDown: menu
        ? (event) => {
            if (event.key !== "ArrowDown") return;
            event.preventDefault();
            setOpening("keyboard");
          }
        : undefined,
    });
  }
  return <Suspense fallback={trigger({ "aria-busy": true })}>{children(opening)}</Suspense>;
}

/**
 * `onFocus` for a lazy menu's content: at its first opening, when that was by the keyboard, focus
 * moves on from the content to its first item (Radix does so only for a key its own trigger saw);
 * every later opening is Radix's own.
 */
export function useFirstItemFocus(opening: Opening) {
  const pending = useRef(opening === "keyboard");
  return (event: React.FocusEvent<HTMLElement>) => {
    if (!pending.current || event.target !== event.currentTarget) return;
    pending.current = false;
    event.currentTarget.querySelector<HTMLElement>("[role^=menuitem]:not([data-disabled])")?.focus();
  };
}
