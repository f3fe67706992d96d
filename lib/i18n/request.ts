/**
 * next-intl request configuration (no locale in the URL). The language of a request is, in order:
 * the signed-in user's saved preference, the NEXT_LOCALE cookie, the browser's Accept-Language,
 * else Arabic.
 */
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { defaultLocale, isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "./config";

/** The interface language of the current request (see module doc for the order). */
export async function resolveLocale(): Promise<Locale> {
  const user = await getCurrentUser();
  if (user) return user.locale;
  const cookieLocale = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookieLocale)) return cookieLocale;
  return negotiateLocale((await headers()).get("accept-language")) ?? defaultLocale;
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    timeZone: "Africa/Casablanca",
  };
});
