/**
 * What the two pages of one country (`/countries/[code]`, its profile, and
 * `/countries/[code]/briefing`, the printable briefing) do before they render.
 */
import "server-only";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission, type SessionUser } from "@/lib/auth/session";
import { parseCountryCode } from "@/lib/countries/params";
import { fetchCountryProfile } from "@/lib/countries/queries";

/** The props Next gives a page under a `[code]` segment. */
export type CountryPageProps = { params: Promise<{ code: string }> };

/**
 * A country page's `generateMetadata`: the `countries.<key>` message followed by the code when the
 * segment is a well-formed code (`Profil pays MA`), the message alone otherwise.
 */
export function countryTitleMetadata(key: "profile" | "briefingTitle"): (props: CountryPageProps) => Promise<Metadata> {
  return async ({ params }) => {
    const parsed = parseCountryCode((await params).code);
    const t = await getTranslations("countries");
    return { title: parsed && "code" in parsed ? `${t(key)} ${parsed.code}` : t(key) };
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
