"use client";

/**
 * Toasts (sonner) without their weight at first load: `<LazyToaster>` renders nothing until the
 * first `showToast`, which loads sonner, mounts its Toaster and then shows the toast (sonner
 * replays the toasts created before its Toaster subscribed). The Toaster sits in the root layout,
 * so a toast survives the move to another page.
 */
import { useEffect, useState } from "react";
import dynamic from "next/dynamic";

type Sonner = typeof import("sonner");

const loadSonner = () => import("sonner");
const Toaster = dynamic(() => loadSonner().then((sonner) => sonner.Toaster), { ssr: false });

// The mounted LazyToaster's "mount the Toaster now"; toasts asked for before it mounted wait here.
let mountToaster: (() => void) | null = null;
let toasterWanted = false;

/**
 * Shows a toast: `show` receives sonner's `toast` once sonner is loaded, e.g.
 * `showToast((toast) => toast.success(title, { description }))`. Returns at once (fire and forget).
 */
export function showToast(show: (toast: Sonner["toast"]) => void): void {
  toasterWanted = true;
  mountToaster?.();
  void loadSonner().then((sonner) => show(sonner.toast));
}

/** The page's toast area: bottom end corner (left in Arabic, right in French and English). */
export function LazyToaster({ dir }: { dir: "ltr" | "rtl" }) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    mountToaster = () => setMounted(true);
    if (toasterWanted) setMounted(true);
    return () => {
      mountToaster = null;
    };
  }, []);
  if (!mounted) return null;
  return <Toaster dir={dir} position={dir === "rtl" ? "bottom-left" : "bottom-right"} richColors closeButton />;
}
