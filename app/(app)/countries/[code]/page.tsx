import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Printer } from "@/components/ui/icons";
import { buttonVariants } from "@/components/ui/button";
import { CountryAgreements, CountryEvents, CountryMeetings, CountryPartners, CountryProjects } from "@/components/countries/country-sections";
import { localizedName } from "@/lib/i18n/localized";
import { countryProfileForPage, countryTitleMetadata, type CountryPageProps } from "@/lib/pages/country";
import { pageLocale } from "@/lib/pages/locale";

export const generateMetadata = countryTitleMetadata("profile");

export default async function CountryPage({ params }: CountryPageProps) {
  const { profile } = await countryProfileForPage(params, "");
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
