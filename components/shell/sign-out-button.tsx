"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { LogOut } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

/** Signs out and goes to the login page. `compact` shows the icon only (its name stays for screen readers). */
export function SignOutButton({ compact = false, className }: { compact?: boolean; className?: string }) {
  const t = useTranslations("shell");
  return (
    <Button
      variant="ghost"
      size={compact ? "icon-sm" : "sm"}
      className={cn(className)}
      aria-label={compact ? t("signOut") : undefined}
      title={compact ? t("signOut") : undefined}
      onClick={() => signOut({ callbackUrl: "/login" })}
    >
      <LogOut aria-hidden className="size-4 rtl:rotate-180" />
      {!compact && <span>{t("signOut")}</span>}
    </Button>
  );
}
