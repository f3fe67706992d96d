/** How an agreement is named on screen and in print (pure: usable on server and client). */
import type { Locale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";
import { organisationLabel } from "@/lib/organisations/display";

/**
 * An agreement's title in the interface language, else in another language, else null (the
 * seed holds memoranda whose title the source does not state).
 */
export function agreementTitle(row: { titleAr: string | null; titleFr: string | null; titleEn: string | null }, locale: Locale): string | null {
  return localizedName({ nameAr: row.titleAr, nameFr: row.titleFr, nameEn: row.titleEn }, locale) || null;
}

/**
 * The counterpart as one line: the country's name and/or the organisation's name (with its
 * acronym), in the interface language. "" when there is none.
 */
export function counterpartLabel(
  row: {
    counterpartCountryCode: string | null;
    countryNameAr: string | null;
    countryNameFr: string | null;
    countryNameEn: string | null;
    organisationNameAr: string | null;
    organisationNameFr: string | null;
    organisationNameEn: string | null;
    organisationAcronym: string | null;
  },
  locale: Locale,
): { country: string; organisation: string } {
  const country = row.counterpartCountryCode
    ? localizedName({ nameAr: row.countryNameAr, nameFr: row.countryNameFr, nameEn: row.countryNameEn }, locale, row.counterpartCountryCode)
    : "";
  return { country, organisation: organisationLabel({ nameAr: row.organisationNameAr, nameFr: row.organisationNameFr, nameEn: row.organisationNameEn, acronym: row.organisationAcronym }, locale) };
}

// Pages and sections that name an agreement's counterpart import it from here too.
export { organisationLabel };

/**
 * How an agreement is named wherever several may share a title: its title (else its type's name)
 * followed by its counterpart, «مذكرة تفاهم — السودان», «Accord de partenariat — GIZ». The
 * counterpart is the country, else the organisation; the title alone when there is neither.
 * @param typeLabel the agreement type's name in the interface language
 */
export function agreementDisplayLabel(
  row: { titleAr: string | null; titleFr: string | null; titleEn: string | null },
  locale: Locale,
  typeLabel: string,
  counterpart: { country: string; organisation: string },
): string {
  const title = agreementTitle(row, locale) ?? typeLabel;
  const who = counterpart.country || counterpart.organisation;
  return who && !title.includes(who) ? `${title} — ${who}` : title;
}
