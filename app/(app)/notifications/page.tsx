import { NotificationList } from "@/components/notifications/notification-list";
import { requirePermission } from "@/lib/auth/session";
import { parseListFilters } from "@/lib/lists/search-params";
import { fetchNotifications } from "@/lib/notifications/queries";
import { notificationListSchema } from "@/lib/notifications/schema";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";
import type { SearchPageProps } from "@/lib/pages/list";
import { RouteMessages } from "@/components/shell/route-messages";

export const generateMetadata = titleMetadata("notifications", "title");

/** The user's own notices, newest first (`?unread=1`: only those not read yet). */
export default async function NotificationsPage({ searchParams }: SearchPageProps) {
  const user = await requirePermission("read", "notification");
  const filters = parseListFilters(notificationListSchema, await searchParams);
  const list = fetchNotifications(user, { page: filters.page, unreadOnly: filters.unread === "1" });
  return (
    <RouteMessages route="notifications">
      <NotificationList list={list} locale={await pageLocale()} unreadOnly={filters.unread === "1"} />
    </RouteMessages>
  );
}
