"use client";

/**
 * Change one's own password (the one-time password an administrator gave, or the current one).
 * The same zod schema checks in the browser and on the server; server refusals (a wrong current
 * password) come back as field errors shown in place.
 */
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormErrorAlert, useActionErrors } from "@/components/forms/action-errors";
import { TextField } from "@/components/forms/fields";
import { changeOwnPassword } from "@/lib/users/actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/users/form-defaults";
import type { PasswordChangeValues } from "@/lib/users/schema";

/** The form's zod schema, loaded on first validation (components/forms/lazy-zod-resolver.ts). */
const passwordChangeResolver = lazyZodResolver<PasswordChangeValues>(() => import("@/lib/users/schema").then((m) => m.passwordChangeSchema));

export function PasswordChangeForm({ oneTime }: { oneTime: boolean }) {
  const t = useTranslations("account");
  const router = useRouter();
  const form = useForm<PasswordChangeValues>({
    resolver: passwordChangeResolver,
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
    mode: "onTouched",
  });
  const { formError, clearFormError, showRefusal } = useActionErrors(form);

  async function onSubmit(values: PasswordChangeValues) {
    clearFormError();
    const result = await changeOwnPassword(values);
    if (!result.ok) return showRefusal(result);
    router.replace("/");
    router.refresh();
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-4" aria-label={t("title")}>
      <FormErrorAlert error={formError} />
      <TextField
        form={form}
        name="currentPassword"
        label={oneTime ? t("oneTimePassword") : t("currentPassword")}
        type="password"
        autoComplete="current-password"
        dir="ltr"
        required
      />
      <TextField
        form={form}
        name="newPassword"
        label={t("newPassword")}
        hint={t("newPasswordHint", { min: MIN_PASSWORD_LENGTH })}
        type="password"
        autoComplete="new-password"
        dir="ltr"
        required
      />
      <TextField form={form} name="confirmPassword" label={t("confirmPassword")} type="password" autoComplete="new-password" dir="ltr" required />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("saving") : t("submit")}
      </Button>
    </form>
  );
}
