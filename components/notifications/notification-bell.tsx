import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Bell } from "@/components/ui/icons";

/** The header's bell: a link to /notifications with the unread count (hidden at 0). */
export async function NotificationBell({ unread }: { unread: number }) {
  const t = await getTranslations("notifications");
  return (
    <Link
      href="/notifications"
      data-testid="notification-bell"
      className="relative inline-flex size-9 shrink-0 items-center justify-center rounded-md hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-primary-foreground"
      aria-label={t("bellLabel", { count: unread })}
      title={t("bellLabel", { count: unread })}
    >
      <Bell aria-hidden className="size-5" />
      {unread > 0 && (
        <span
          data-testid="notification-count"
          aria-hidden
          className="absolute -end-0.5 -top-0.5 flex h-4.5 min-w-4.5 items-center justify-center rounded-full bg-destructive px-1 text-[0.7rem] leading-none font-bold text-white tabular-nums"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
