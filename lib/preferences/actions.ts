"use server";

/** The interface-language switcher's server action. */
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { getCurrentUser } from "@/lib/auth/session";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";

/**
 * Sets the interface language: the NEXT_LOCALE cookie (one year) for everyone, and the saved
 * preference of the signed-in user. Unknown values are ignored.
 */
export async function setInterfaceLanguage(locale: string): Promise<void> {
  if (!isLocale(locale)) return;
  // Secure when served over HTTPS, as next-auth does for its cookies (NEXTAUTH_URL).
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", secure: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false });
  const user = await getCurrentUser();
  if (user) {
    getDb().update(users).set({ locale, updatedAt: new Date().toISOString() }).where(eq(users.id, user.id)).run();
  }
  revalidatePath("/", "layout");
}
