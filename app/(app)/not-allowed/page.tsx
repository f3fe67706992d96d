import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";

export async function generateMetadata() {
  return { title: (await getTranslations("notAllowed"))("title") };
}

/** Where a role lands on a form it may not use (an administrator on a staff form): said plainly, not "not found". */
export default async function NotAllowedPage() {
  const user = await requireUser();
  const t = await getTranslations();
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center gap-4 py-16 text-center" data-testid="not-allowed">
      <h1 className="text-2xl font-bold">{t("notAllowed.title")}</h1>
      <p className="text-muted-foreground">{t("notAllowed.body", { role: t(`roles.${user.role}`) })}</p>
      <Link href="/" className="text-primary underline">
        {t("notFound.home")}
      </Link>
    </div>
  );
}
