"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { LogOut } from "lucide-react";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const t = useTranslations("shell");
  return (
    <Button variant="ghost" size="sm" onClick={() => signOut({ callbackUrl: "/login" })}>
      <LogOut aria-hidden className="size-4 rtl:rotate-180" />
      <span>{t("signOut")}</span>
    </Button>
  );
}
