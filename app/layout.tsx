import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import "@fontsource/noto-sans-arabic/400.css";
import "@fontsource/noto-sans-arabic/600.css";
import "@fontsource/noto-sans-arabic/700.css";
import "./globals.css";
import { Providers } from "@/components/shell/providers";
import { routeMessages } from "@/lib/i18n/client-messages";
import { directionOf, isLocale, defaultLocale } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const current = await getLocale();
  const locale = isLocale(current) ? current : defaultLocale;
  const dir = directionOf(locale);
  // Only what the shell's client components translate goes to the browser here; each route adds its
  // own with <RouteMessages> (lib/i18n/client-messages.ts).
  const messages = routeMessages(await getMessages(), "shell");
  return (
    <html lang={locale} dir={dir} suppressHydrationWarning>
      <body className="min-h-dvh bg-background text-foreground antialiased">
        <NextIntlClientProvider messages={messages}>
          <Providers dir={dir}>{children}</Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
