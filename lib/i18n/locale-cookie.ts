/** The NEXT_LOCALE cookie: the interface language of a browser that has no signed-in user. */
import "server-only";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, type Locale } from "./config";

/**
 * Sets NEXT_LOCALE for one year on the whole site, Secure when served over HTTPS (NEXTAUTH_URL),
 * as next-auth does for its own cookies. Only where Next lets cookies be written: a server action
 * or a route handler (next-auth's sign-out event runs in one).
 */
export async function setLocaleCookie(locale: Locale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", secure: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false });
}
