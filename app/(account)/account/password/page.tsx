import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { PasswordChangeForm } from "@/components/users/password-change-form";
import { CalendarFeedCard } from "@/components/calendar-feed/calendar-feed-card";
import { getCurrentUser } from "@/lib/auth/session";
import { fetchCalendarFeedView, publicOrigin } from "@/lib/calendar-feed/queries";
import { EmailPreferencesForm } from "@/components/notifications/email-preferences-form";
import { fetchEmailPreferences } from "@/lib/notifications/queries";
import { mailConfigured } from "@/lib/notifications/mail";
import { titleMetadata } from "@/lib/pages/locale";
import { RouteMessages } from "@/components/shell/route-messages";

export const generateMetadata = titleMetadata("account", "title");

/**
 * Change one's own password. Outside the app's layout on purpose: an account with a one-time
 * password is sent here by every other page (lib/auth/session.ts) until it chooses its own.
 */
export default async function ChangePasswordPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  const t = await getTranslations();
  const feed = user.mustChangePassword ? null : fetchCalendarFeedView(user, await publicOrigin());
  const emailNotices = user.mustChangePassword ? null : fetchEmailPreferences(user);
  return (
    <RouteMessages route="account">
      <main className="flex min-h-dvh flex-col items-center justify-center gap-6 bg-muted/40 px-4 py-10">
        <div className="absolute end-4 top-4 flex items-center gap-2">
          <LanguageSwitcher />
          <SignOutButton />
        </div>
        <div className="text-center">
          <p className="text-3xl font-bold text-primary">{t("app.name")}</p>
          <p className="mt-1 text-muted-foreground">
            <bdi>{user.name}</bdi> · {t(`roles.${user.role}`)}
          </p>
        </div>
        <Card className="w-full max-w-md">
          <CardHeader>
            <CardTitle>
              <h1>{t("account.title")}</h1>
            </CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-4">
            {user.mustChangePassword && (
              <Alert variant="warning">
                <AlertDescription>{t("account.mustChange")}</AlertDescription>
              </Alert>
            )}
            <PasswordChangeForm oneTime={user.mustChangePassword} />
            {!user.mustChangePassword && (
              <Link href="/" className="text-center text-sm text-primary underline">
                {t("notFound.home")}
              </Link>
            )}
          </CardContent>
        </Card>
        {!user.mustChangePassword && (
          <Card className="w-full max-w-md">
            <CardContent>
              <CalendarFeedCard feed={feed} />
            </CardContent>
          </Card>
        )}
        {emailNotices && (
          <Card className="w-full max-w-md" data-testid="email-notices">
            <CardContent>
              <EmailPreferencesForm initial={emailNotices} mailConfigured={mailConfigured()} />
            </CardContent>
          </Card>
        )}
      </main>
    </RouteMessages>
  );
}
