import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { LogOut } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";
import { SignOutForm } from "@/components/shell/sign-out-form";
import { csrfTokenFromCookies } from "@/lib/auth/csrf-token";
import { cn } from "@/lib/utils";

/**
 * Signs out and goes to the login page: a plain POST to next-auth's /api/auth/signout with its
 * CSRF token (no next-auth client code in the browser). `compact` shows the icon only (its name
 * stays for screen readers).
 */
export async function SignOutButton({ compact = false, className }: { compact?: boolean; className?: string }) {
  const [t, jar] = [await getTranslations("shell"), await cookies()];
  return (
    <SignOutForm csrfToken={csrfTokenFromCookies((name) => jar.get(name))} className="contents">
      <Button
        type="submit"
        variant="ghost"
        size={compact ? "icon-sm" : "sm"}
        className={cn(className)}
        aria-label={compact ? t("signOut") : undefined}
        title={compact ? t("signOut") : undefined}
      >
        <LogOut aria-hidden className="size-4 rtl:rotate-180" />
        {!compact && <span>{t("signOut")}</span>}
      </Button>
    </SignOutForm>
  );
}
