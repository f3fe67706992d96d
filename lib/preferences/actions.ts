"use server";

/** The interface-language switcher's server action. */
import { revalidatePath } from "next/cache";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import { getCurrentUser } from "@/lib/auth/session";
import { isLocale, locales } from "@/lib/i18n/config";
import { setLocaleCookie } from "@/lib/i18n/locale-cookie";
import { updateAccount } from "@/lib/users/account-write";
import { runMutation } from "@/lib/write/run-mutation";

const interfaceLanguageSchema = z.object({ locale: z.enum(locales) });

/**
 * Sets the interface language: the NEXT_LOCALE cookie (one year) for everyone, and, for the
 * signed-in user, the saved preference through the write path (permission "update" on one's own
 * "account", version bumped, audited "update" on the user). Unknown values are ignored.
 */
export async function setInterfaceLanguage(locale: string): Promise<void> {
  if (!isLocale(locale)) return;
  await setLocaleCookie(locale);
  if (await getCurrentUser()) {
    await runMutation({
      action: "update",
      resource: "account",
      schema: interfaceLanguageSchema,
      input: { locale },
      write: (ctx) => {
        const account = ctx.tx.select({ version: users.version }).from(users).where(eq(users.id, ctx.user.id)).get();
        if (!account) return null;
        const changes = updateAccount(ctx, ctx.user.id, account.version, { locale: ctx.data.locale });
        if (Object.keys(changes).length > 0) ctx.audit({ action: "update", entityType: "user", entityId: ctx.user.id, changes });
        return null;
      },
    });
  }
  revalidatePath("/", "layout");
}
