"use client";

/**
 * Typing in a record's form is not lost without a word: while the form holds changes it has not
 * saved, closing the tab, reloading or following any link asks first. The browser asks with its
 * own words on `beforeunload` (a page may no longer choose them); a click on a link of the app
 * (next/link navigates without unloading, so `beforeunload` never fires) asks with `confirm` in
 * the reader's language (message `unsavedChanges.confirm`). Not covered: the browser's Back button
 * and the form's own Cancel (an explicit "leave without saving"), and navigations made by code
 * (a search result chosen from the header's dialog).
 */
import { useEffect } from "react";
import { useTranslations } from "next-intl";

/**
 * The link a click follows away from this page, or null: a plain left click (no modifier key,
 * which opens another tab and leaves this one as it is) on an `<a href>` that opens here (no
 * other `target`, no `download`) and goes to another address than this page's own (a `#part` of
 * it only scrolls).
 */
function linkLeavingThePage(event: MouseEvent): HTMLAnchorElement | null {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(anchor instanceof HTMLAnchorElement)) return null;
  if ((anchor.target && anchor.target !== "_self") || anchor.hasAttribute("download")) return null;
  const to = new URL(anchor.href, window.location.href);
  const here = new URL(window.location.href);
  if (to.hash && to.origin === here.origin && to.pathname === here.pathname && to.search === here.search) return null;
  return anchor;
}

/**
 * While `unsaved` is true (the caller's form is dirty, not being submitted and not yet saved),
 * asks before the page is left: the browser's own dialog when the tab is closed or reloaded or a
 * full navigation starts, a `confirm` in the reader's language when a link is clicked. Refused,
 * the click does nothing (the typing stays); accepted, the navigation goes on and the browser does
 * not ask a second time. Listens on `window` in the capture phase, so it runs before next/link's
 * own click handler, which it then never reaches.
 */
export function useUnsavedChangesWarning(unsaved: boolean): void {
  const message = useTranslations("unsavedChanges")("confirm");
  useEffect(() => {
    if (!unsaved) return;
    let leaving = false;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (leaving) return;
      event.preventDefault();
      // Older browsers ask only when returnValue is set; its text is never shown.
      event.returnValue = "";
    };
    const onClick = (event: MouseEvent) => {
      if (!linkLeavingThePage(event)) return;
      if (window.confirm(message)) {
        leaving = true;
        return;
      }
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    window.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      window.removeEventListener("click", onClick, true);
    };
  }, [unsaved, message]);
}
