import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Not-found inside the app keeps the header and navigation (a refused record looks the same). */
export default async function AppNotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center gap-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-muted-foreground">{t("body")}</p>
      <Link href="/" className="text-primary underline">
        {t("home")}
      </Link>
    </div>
  );
}
