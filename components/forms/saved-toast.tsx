"use client";

/**
 * Confirms a saved change with a toast (sonner, loaded on first use: components/shell/toaster.tsx)
 * that links to the record, so the confirmation survives the move to the record's page and can be
 * followed back from anywhere.
 */
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { showToast } from "@/components/shell/toaster";

/** Returns `(href) => void`: shows «Saved» with an "Open" action leading to `href`. */
export function useSavedToast() {
  const t = useTranslations("saved");
  const router = useRouter();
  return (href: string) =>
    showToast((toast) =>
      toast.success(t("title"), {
        description: t("body"),
        action: { label: t("open"), onClick: () => router.push(href) },
        // Stable per record: saving twice replaces the toast instead of stacking two.
        id: `saved-${href}`,
      }),
    );
}
