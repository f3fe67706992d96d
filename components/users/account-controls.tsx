"use client";

/**
 * The administrator's controls on one account: role, deactivate / reactivate, reset password
 * (the new one-time password is shown once). Each is a server action that checks the permission
 * and the account's version again; an admin cannot change their own role or deactivate themself.
 */
import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { KeyRound, Power, Save } from "lucide-react";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { userRoles, type UserRole } from "@/db/enums";
import { changeUserRole, resetUserPassword, setUserActive } from "@/lib/users/actions";
import type { ActionResult } from "@/lib/write/run-mutation";
import { OneTimePassword } from "./one-time-password";

export function AccountControls({
  account,
  isSelf,
}: {
  account: { id: number; version: number; name: string; role: UserRole; active: boolean };
  isSelf: boolean;
}) {
  const t = useTranslations("users.manage");
  const tr = useTranslations("roles");
  const te = useTranslations("errors");
  const router = useRouter();
  const roleId = useId();
  const [role, setRole] = useState<UserRole>(account.role);
  const [error, setError] = useState<string | null>(null);
  const [oneTime, setOneTime] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function run<T>(action: () => Promise<ActionResult<T>>, then?: (data: T) => void) {
    setError(null);
    startTransition(async () => {
      const result = await action();
      if (!result.ok) {
        setError(result.message);
        return;
      }
      then?.(result.data);
      router.refresh();
    });
  }

  return (
    <div className="flex flex-col gap-5">
      {error && (
        <p role="alert" className="text-sm font-medium text-destructive">
          {te.has(error) ? te(error) : te("failed")}
        </p>
      )}
      {oneTime && <OneTimePassword password={oneTime} forName={account.name} />}

      <div className="flex flex-wrap items-end gap-2">
        <div className="grid min-w-48 gap-1.5">
          <Label htmlFor={roleId}>{t("role")}</Label>
          <Select value={role} onValueChange={(value) => setRole(value as UserRole)} disabled={isSelf}>
            <SelectTrigger id={roleId} className="w-full">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {userRoles.map((r) => (
                <SelectItem key={r} value={r}>
                  {tr(r)}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
        <Button
          variant="outline"
          disabled={isSelf || pending || role === account.role}
          onClick={() => run(() => changeUserRole({ id: account.id, version: account.version, role }))}
        >
          <Save aria-hidden className="size-4" />
          {t("saveRole")}
        </Button>
      </div>
      {isSelf && <p className="text-sm text-muted-foreground">{t("selfHelp")}</p>}

      <div className="flex flex-wrap gap-2">
        <AlertDialog>
          <AlertDialogTrigger asChild>
            <Button variant={account.active ? "destructive" : "outline"} disabled={isSelf || pending}>
              <Power aria-hidden className="size-4" />
              {account.active ? t("deactivate") : t("reactivate")}
            </Button>
          </AlertDialogTrigger>
          <AlertDialogContent>
            <AlertDialogHeader>
              <AlertDialogTitle>{account.active ? t("deactivateTitle", { name: account.name }) : t("reactivateTitle", { name: account.name })}</AlertDialogTitle>
              <AlertDialogDescription>{account.active ? t("deactivateBody") : t("reactivateBody")}</AlertDialogDescription>
            </AlertDialogHeader>
            <AlertDialogFooter>
              <AlertDialogCancel>{t("cancel")}</AlertDialogCancel>
              <AlertDialogAction onClick={() => run(() => setUserActive({ id: account.id, version: account.version, active: !account.active }))}>
                {account.active ? t("deactivate") : t("reactivate")}
              </AlertDialogAction>
            </AlertDialogFooter>
          </AlertDialogContent>
        </AlertDialog>

        <AlertDialog>
          <AlertDialogTrigger asChild>
            <Button variant="outline" disabled={pending}>
              <KeyRound aria-hidden className="size-4" />
              {t("resetPassword")}
            </Button>
          </AlertDialogTrigger>
          <AlertDialogContent>
            <AlertDialogHeader>
              <AlertDialogTitle>{t("resetTitle", { name: account.name })}</AlertDialogTitle>
              <AlertDialogDescription>{t("resetBody")}</AlertDialogDescription>
            </AlertDialogHeader>
            <AlertDialogFooter>
              <AlertDialogCancel>{t("cancel")}</AlertDialogCancel>
              <AlertDialogAction
                onClick={() => run(() => resetUserPassword({ id: account.id, version: account.version }), (data) => setOneTime(data.oneTimePassword))}
              >
                {t("resetPassword")}
              </AlertDialogAction>
            </AlertDialogFooter>
          </AlertDialogContent>
        </AlertDialog>
      </div>
    </div>
  );
}
