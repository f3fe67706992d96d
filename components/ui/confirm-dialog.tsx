"use client";

/**
 * An action that asks first (ConfirmDialog of components/ui/alert-dialog.tsx), whose dialog
 * (Radix AlertDialog, with its focus trap and scroll lock) loads on first use
 * (components/ui/on-first-use.tsx): until the trigger is first pressed, the page shows the
 * trigger alone. Same props as the dialog it loads.
 */
import { cloneElement, lazy } from "react";
import { OnFirstUse } from "@/components/ui/on-first-use";

const loadAlertDialog = () => import("@/components/ui/alert-dialog");
const LoadedConfirmDialog = lazy(() => loadAlertDialog().then((m) => ({ default: m.ConfirmDialog })));

type Props = Omit<React.ComponentProps<typeof LoadedConfirmDialog>, "defaultOpen"> & {
  /** The button that opens the dialog (a Button element: the first-use handlers are added to it). */
  trigger: React.ReactElement<React.ComponentProps<"button">>;
};

export function ConfirmDialog(props: Props) {
  return (
    <OnFirstUse
      load={loadAlertDialog}
      trigger={(handlers) => cloneElement(props.trigger, { ...handlers, "aria-haspopup": "dialog", "aria-expanded": false })}
    >
      {() => <LoadedConfirmDialog {...props} defaultOpen />}
    </OnFirstUse>
  );
}
