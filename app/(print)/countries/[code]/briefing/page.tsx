import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { CountryAgreements, CountryEvents, CountryMeetings, CountryPartners, CountryProjects } from "@/components/countries/country-sections";
import { PrintButton } from "@/components/countries/print-button";
import { signingStatuses } from "@/db/enums";
import { formatPartialDate, todayIn } from "@/lib/dates/partial-date";
import { localizedName } from "@/lib/i18n/localized";
import { JoinedList } from "@/components/shell/joined-list";
import { countryProfileForPage, countryTitleMetadata, type CountryPageProps } from "@/lib/pages/country";
import { pageLocale } from "@/lib/pages/locale";

export const generateMetadata = countryTitleMetadata("briefingTitle");

/**
 * The briefing note a staff member prints before the minister meets a country's officials: every
 * record that concerns the country, in the reader's language and direction, laid out for A4.
 */
export default async function CountryBriefingPage({ params }: CountryPageProps) {
  const { user, profile } = await countryProfileForPage(params, "/briefing");
  const [t, ta, locale] = [await getTranslations("countries"), await getTranslations("agreements"), await pageLocale()];
  const name = localizedName(profile.country, locale, profile.country.code);
  const byStatus = signingStatuses
    .map((s) => ({ status: s, n: profile.agreements.filter((a) => a.signingStatus === s).length }))
    .filter((s) => s.n > 0);
  return (
    <article className="flex flex-col gap-4" data-testid="briefing">
      <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
        <Link href={`/countries/${profile.country.code}`} className="text-sm text-primary hover:underline">
          {t("backToProfile")}
        </Link>
        <PrintButton label={t("print")} />
      </div>
      <header className="border-b-2 border-black pb-3">
        <p className="text-sm">{t("department")}</p>
        <h1 className="text-2xl font-bold">
          {t("briefingTitle")} — {name}
        </h1>
        <p className="text-sm">{t.rich("preparedOn", { date: formatPartialDate(todayIn(), locale), who: user.name, bdi: (chunks) => <bdi>{chunks}</bdi> })}</p>
      </header>
      <section aria-label={t("keyFigures")} className="grid grid-cols-4 gap-2 text-center">
        {[
          { label: t("sections.meetings"), n: profile.totals.meetings },
          { label: t("sections.projects"), n: profile.totals.projects },
          { label: t("sections.agreements"), n: profile.totals.agreements },
          { label: t("sections.events"), n: profile.editions.length },
        ].map((figure) => (
          <div key={figure.label} className="rounded border border-black/30 p-2">
            <p className="text-xl font-bold tabular-nums">{figure.n}</p>
            <p className="text-xs">{figure.label}</p>
          </div>
        ))}
      </section>
      {byStatus.length > 0 && (
        <p className="text-sm">
          {t("agreementsByStatus")}{" "}
          <JoinedList
            items={byStatus}
            locale={locale}
            itemKey={(s) => s.status}
            render={(s) => (
              <span>
                {ta(`statuses.${s.status}`)}: {s.n}
              </span>
            )}
          />
        </p>
      )}
      <CountryAgreements profile={profile} locale={locale} print />
      <CountryMeetings profile={profile} locale={locale} print />
      <CountryProjects profile={profile} locale={locale} print />
      <CountryEvents profile={profile} locale={locale} print />
      <CountryPartners profile={profile} locale={locale} print />
    </article>
  );
}
