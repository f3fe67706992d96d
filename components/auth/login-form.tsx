"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SectionCard } from "@/components/shell/record-page";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { TextField } from "@/components/forms/fields";
import type { LoginInput } from "@/lib/auth/login-schema";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";

/** The form's zod schema, loaded on first validation (components/forms/lazy-zod-resolver.ts). */
const loginResolver = lazyZodResolver<LoginInput>(() => import("@/lib/auth/login-schema").then((m) => m.loginSchema));

/** Email + password. Any failure shows one generic message (no hint whether the email exists). */
export function LoginForm({ callbackPath }: { callbackPath: string }) {
  const t = useTranslations("login");
  const router = useRouter();
  const [failed, setFailed] = useState(false);
  const form = useForm<LoginInput>({ resolver: loginResolver, defaultValues: { email: "", password: "" } });

  async function onSubmit(values: LoginInput) {
    setFailed(false);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error || !result.ok) {
      setFailed(true);
      return;
    }
    router.replace(safeCallbackPath(callbackPath));
    router.refresh();
  }

  return (
    <SectionCard title={t("title")} className="w-full max-w-sm">
      <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-4">
        {failed && (
          <Alert variant="destructive" role="alert">
            <AlertDescription>{t("failed")}</AlertDescription>
          </Alert>
        )}
        <TextField form={form} name="email" label={t("email")} type="email" autoComplete="username" dir="ltr" />
        <TextField form={form} name="password" label={t("password")} type="password" autoComplete="current-password" dir="ltr" />
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("signingIn") : t("submit")}
        </Button>
      </form>
    </SectionCard>
  );
}
