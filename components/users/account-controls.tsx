"use client";

/**
 * The administrator's controls on one account: role, deactivate / reactivate, reset password
 * (the new one-time password is shown once). Each is a server action that checks the permission
 * and the account's version again; an admin cannot change their own role or deactivate themself.
 */
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { KeyRound, Power, Save } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { ActionErrorText, useActionRunner } from "@/components/forms/action-runner";
import { userRoles, type UserRole } from "@/db/enums";
import { changeUserRole, resetUserPassword, setUserActive } from "@/lib/users/actions";
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
  const roleId = useId();
  const [role, setRole] = useState<UserRole>(account.role);
  const [oneTime, setOneTime] = useState<string | null>(null);
  const { pending, error, run } = useActionRunner();

  return (
    <div className="flex flex-col gap-5">
      <ActionErrorText error={error} />
      {oneTime && <OneTimePassword password={oneTime} forName={account.name} />}

      <div className="flex flex-wrap items-end gap-2">
        <div className="grid min-w-48 gap-1.5">
          <Label htmlFor={roleId}>{t("role")}</Label>
          <NativeSelect id={roleId} value={role} onChange={(event) => setRole(event.target.value as UserRole)} disabled={isSelf}>
            {userRoles.map((r) => (
              <option key={r} value={r}>
                {tr(r)}
              </option>
            ))}
          </NativeSelect>
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
        <ConfirmDialog
          trigger={
            <Button variant={account.active ? "destructive" : "outline"} disabled={isSelf || pending}>
              <Power aria-hidden className="size-4" />
              {account.active ? t("deactivate") : t("reactivate")}
            </Button>
          }
          title={account.active ? t("deactivateTitle", { name: account.name }) : t("reactivateTitle", { name: account.name })}
          description={account.active ? t("deactivateBody") : t("reactivateBody")}
          cancelLabel={t("cancel")}
          confirmLabel={account.active ? t("deactivate") : t("reactivate")}
          onConfirm={() => run(() => setUserActive({ id: account.id, version: account.version, active: !account.active }))}
        />

        <ConfirmDialog
          trigger={
            <Button variant="outline" disabled={pending}>
              <KeyRound aria-hidden className="size-4" />
              {t("resetPassword")}
            </Button>
          }
          title={t("resetTitle", { name: account.name })}
          description={t("resetBody")}
          cancelLabel={t("cancel")}
          confirmLabel={t("resetPassword")}
          onConfirm={() =>
            run(
              () => resetUserPassword({ id: account.id, version: account.version }),
              (data) => setOneTime(data.oneTimePassword),
            )
          }
        />
      </div>
    </div>
  );
}
