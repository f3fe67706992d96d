"use client";

/**
 * The administrator creates an account: name, email, role, language. The server makes a
 * one-time password, shown here once; the person must change it at first sign-in.
 */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { useTranslations } from "next-intl";
import { UserPlus } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";
import { SectionCard } from "@/components/shell/record-page";
import { FormErrorAlert, useActionErrors } from "@/components/forms/action-errors";
import { NativeSelectField, TextField } from "@/components/forms/fields";
import { locales, userRoles } from "@/db/enums";
import { createUser } from "@/lib/users/actions";
import { emptyUserForm } from "@/lib/users/form-defaults";
import type { UserCreateValues } from "@/lib/users/schema";
import { OneTimePassword } from "./one-time-password";

/** The form's zod schema, loaded on first validation (components/forms/lazy-zod-resolver.ts). */
const userCreateResolver = lazyZodResolver<UserCreateValues>(() => import("@/lib/users/schema").then((m) => m.userCreateSchema));

export function UserCreateForm() {
  const t = useTranslations("users.form");
  const tr = useTranslations("roles");
  const tl = useTranslations("languages");
  const router = useRouter();
  const [created, setCreated] = useState<{ name: string; password: string } | null>(null);
  const form = useForm<UserCreateValues>({ resolver: userCreateResolver, defaultValues: emptyUserForm(), mode: "onTouched" });
  const { formError, clearFormError, showRefusal } = useActionErrors(form);

  async function onSubmit(values: UserCreateValues) {
    clearFormError();
    setCreated(null);
    const result = await createUser(values);
    if (!result.ok) {
      showRefusal(result);
      // An email already in use is said beside the email field; saying it again above the form
      // would show the same sentence twice.
      if (result.fieldErrors?.email) clearFormError();
      return;
    }
    setCreated({ name: values.name, password: result.data.oneTimePassword });
    form.reset(emptyUserForm());
    router.refresh();
  }

  return (
    <SectionCard title={t("title")} className="gap-4" contentClassName="flex flex-col gap-4">
      {created && <OneTimePassword password={created.password} forName={created.name} />}
      <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-start" aria-label={t("title")}>
        <div className="empty:hidden sm:col-span-2 lg:col-span-4">
          <FormErrorAlert error={formError} />
        </div>
        <TextField form={form} name="name" label={t("name")} required dir="auto" autoComplete="off" />
        <TextField form={form} name="email" label={t("email")} type="email" required dir="ltr" autoComplete="off" />
        <NativeSelectField form={form} name="role" label={t("role")} required options={userRoles.map((r) => ({ value: r, label: tr(r) }))} />
        <NativeSelectField form={form} name="locale" label={t("locale")} required options={locales.map((l) => ({ value: l, label: tl(l) }))} />
        <div className="sm:col-span-2 lg:col-span-4">
          <Button type="submit" disabled={form.formState.isSubmitting}>
            <UserPlus aria-hidden className="size-4" />
            {form.formState.isSubmitting ? t("creating") : t("create")}
          </Button>
        </div>
      </form>
    </SectionCard>
  );
}
