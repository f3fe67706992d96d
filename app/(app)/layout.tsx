import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { navigationFor } from "@/lib/navigation/main-nav";
import { countAwaitingValidation } from "@/lib/record-validation/queries";
import { countAwaitingMyReview } from "@/lib/reviews/queries";
import { NavLinks, NavSheet } from "@/components/shell/nav-links";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { GlobalSearch } from "@/components/search/global-search";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { countUnreadNotifications } from "@/lib/notifications/queries";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const t = await getTranslations();
  // What waits for this user: milestones to review (committee members, on their home) and
  // records to validate (supervisors).
  const badges: Record<string, number> = {
    home: countAwaitingMyReview(user),
    validation: Object.values(countAwaitingValidation(user)).reduce((sum, n) => sum + n, 0),
  };
  const links = navigationFor(user.role).map((item) => ({
    href: item.href,
    label: t(`nav.${item.key}`),
    badge: badges[item.key],
    badgeLabel: t("nav.waiting", { count: badges[item.key] ?? 0 }),
    placement: item.headerPlacement,
  }));
  const account = (
    <Link href="/account/password" className="min-w-0 truncate rounded-sm hover:underline" title={`${user.email} · ${t("account.changePassword")}`}>
      <bdi>{user.name}</bdi> · {t(`roles.${user.role}`)}
    </Link>
  );
  return (
    <div className="flex min-h-dvh flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-background focus:p-2">
        {t("shell.skipToContent")}
      </a>
      <header data-testid="app-header" className="bg-primary text-primary-foreground print:hidden">
        <div className="mx-auto flex max-w-7xl flex-nowrap items-center gap-2 px-3 py-2 lg:gap-4 lg:px-4">
          <NavSheet
            links={links}
            label={t("shell.mainNavigation")}
            title={t("app.name")}
            footer={
              <>
                {account}
                <SignOutButton className="self-start" />
              </>
            }
          />
          <Link href="/" className="shrink-0 text-lg font-bold tracking-tight">
            {t("app.name")}
          </Link>
          <NavLinks links={links} label={t("shell.mainNavigation")} />
          <div className="ms-auto flex min-w-0 shrink items-center gap-1 text-sm">
            <GlobalSearch />
          </div>
          <div className="flex min-w-0 shrink items-center gap-1 text-sm [&_button]:text-primary-foreground [&_button:hover]:bg-white/10">
            <NotificationBell unread={countUnreadNotifications(user)} />
            <span className="hidden min-w-0 truncate lg:inline-flex">{account}</span>
            <LanguageSwitcher />
            <SignOutButton compact className="hidden lg:inline-flex" />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full min-w-0 max-w-7xl flex-1 px-3 py-6 lg:px-4">
        {children}
      </main>
    </div>
  );
}
