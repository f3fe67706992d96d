import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Printer } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { CountryAgreements, CountryEvents, CountryMeetings, CountryPartners, CountryProjects } from "@/components/countries/country-sections";
import { requirePermission } from "@/lib/auth/session";
import { parseCountryCode } from "@/lib/countries/params";
import { fetchCountryProfile } from "@/lib/countries/queries";
import { localizedName } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/pages/locale";

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }) {
  const parsed = parseCountryCode((await params).code);
  const t = await getTranslations("countries");
  return { title: parsed && "code" in parsed ? `${t("profile")} ${parsed.code}` : t("profile") };
}

export default async function CountryPage({ params }: { params: Promise<{ code: string }> }) {
  const user = await requirePermission("read", "country");
  const parsed = parseCountryCode((await params).code);
  if (!parsed) notFound();
  if ("redirectTo" in parsed) redirect(`/countries/${parsed.redirectTo}`);
  const profile = fetchCountryProfile(user, parsed.code);
  if (!profile) notFound();
  const [t, locale] = [await getTranslations("countries"), await pageLocale()];
  const { country } = profile;
  const name = localizedName(country, locale, country.code);
  const otherNames = [country.nameAr, country.nameFr, country.nameEn].filter((n) => n !== name);
  return (
    <article className="flex flex-col gap-6">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm text-muted-foreground">{t("profile")}</p>
          <h1 className="text-2xl font-bold">{name}</h1>
          <p className="text-muted-foreground">
            {otherNames.map((n, i) => (
              <span key={n}>
                {i > 0 && " · "}
                <bdi>{n}</bdi>
              </span>
            ))}
            {" · "}
            {country.code}
            {country.region && ` · ${t(`regions.${country.region}`)}`}
          </p>
        </div>
        <Link href={`/countries/${country.code}/briefing`} className={buttonVariants()}>
          <Printer aria-hidden className="size-4" />
          {t("briefing")}
        </Link>
      </header>
      <CountryAgreements profile={profile} locale={locale} />
      <CountryMeetings profile={profile} locale={locale} />
      <CountryProjects profile={profile} locale={locale} />
      <CountryEvents profile={profile} locale={locale} />
      <CountryPartners profile={profile} locale={locale} />
    </article>
  );
}
