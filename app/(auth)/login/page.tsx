import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";
import { LoginForm } from "@/components/auth/login-form";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { RouteMessages } from "@/components/shell/route-messages";

export async function generateMetadata() {
  const t = await getTranslations("login");
  return { title: t("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  const target = safeCallbackPath(Array.isArray(callbackUrl) ? callbackUrl[0] : callbackUrl);
  if (await getCurrentUser()) redirect(target);
  const t = await getTranslations();
  return (
    <RouteMessages route="login">
      <main className="flex min-h-dvh flex-col items-center justify-center gap-6 bg-muted/40 px-4">
        <div className="absolute end-4 top-4">
          <LanguageSwitcher />
        </div>
        <div className="text-center">
          <h1 className="text-3xl font-bold text-primary">{t("app.name")}</h1>
          <p className="mt-1 text-muted-foreground">{t("app.tagline")}</p>
        </div>
        <LoginForm callbackPath={target} />
      </main>
    </RouteMessages>
  );
}
