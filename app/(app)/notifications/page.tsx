import { getLocale, getTranslations } from "next-intl/server";
import { NotificationList } from "@/components/notifications/notification-list";
import { requirePermission } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { fetchNotifications } from "@/lib/notifications/queries";
import { notificationListSchema } from "@/lib/notifications/schema";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications"))("title") };
}

/** The user's own notices, newest first (`?unread=1`: only those not read yet). */
export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("read", "notification");
  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const filters = notificationListSchema.parse({ page: first(raw.page), unread: first(raw.unread) });
  const current = await getLocale();
  const list = fetchNotifications(user, { page: filters.page, unreadOnly: filters.unread === "1" });
  return <NotificationList list={list} locale={isLocale(current) ? current : "ar"} unreadOnly={filters.unread === "1"} />;
}
