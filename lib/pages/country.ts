/**
 * What the two pages of one country (`/countries/[code]`, its profile, and
 * `/countries/[code]/briefing`, the printable briefing) do before they render.
 */
import "server-only";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser, requirePermission, type SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { parseCountryCode } from "@/lib/countries/params";
import { fetchCountryProfile } from "@/lib/countries/queries";
import { fetchAllCountries } from "@/lib/countries/reference";
import { localizedName } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/pages/locale";

/** The props Next gives a page under a `[code]` segment. */
export type CountryPageProps = { params: Promise<{ code: string }> };

/**
 * A country page's `generateMetadata`: the country's name in the reader's language, then the
 * `countries.<key>` message (`إسبانيا · بطاقة البلد`, `Espagne · Fiche pays`), for a signed-in reader
 * who may read countries and a code that is a country; the message alone otherwise.
 */
export function countryTitleMetadata(key: "profile" | "briefingTitle"): (props: CountryPageProps) => Promise<Metadata> {
  return async ({ params }) => {
    const parsed = parseCountryCode((await params).code);
    const t = await getTranslations("countries");
    const user = await getCurrentUser();
    const country = user && can(user.role, "read", "country") && parsed && "code" in parsed ? fetchAllCountries().find((c) => c.code === parsed.code) : undefined;
    return { title: country ? `${localizedName(country, await pageLocale(), country.code)} · ${t(key)}` : t(key) };
  };
}

/**
 * The preamble of a country page, in its order: the user who may read countries (else
 * requirePermission's answer), the code of the route — a lowercase one redirects (HTTP 307) to
 * `/countries/<CODE><pathAfterCode>`, anything else not two letters is 404 — then the country's
 * profile as the user may see it (404 for a code that is no country).
 * @param pathAfterCode what follows the code in this page's path (`""` or `"/briefing"`)
 */
export async function countryProfileForPage(
  params: Promise<{ code: string }>,
  pathAfterCode: "" | "/briefing",
): Promise<{ user: SessionUser; profile: NonNullable<ReturnType<typeof fetchCountryProfile>> }> {
  const user = await requirePermission("read", "country");
  const parsed = parseCountryCode((await params).code);
  if (!parsed) notFound();
  if ("redirectTo" in parsed) redirect(`/countries/${parsed.redirectTo}${pathAfterCode}`);
  const profile = fetchCountryProfile(user, parsed.code);
  if (!profile) notFound();
  return { user, profile };
}
