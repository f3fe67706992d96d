import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Card, CardContent } from "@/components/ui/card";
import { Pagination } from "@/components/shell/pagination";
import { formatInstant } from "@/lib/dates/instant";
import type { Locale } from "@/lib/i18n/config";
import type { fetchNotifications } from "@/lib/notifications/queries";
import { renderNotice, type Translate } from "@/lib/notifications/render";
import { cn } from "@/lib/utils";
import { MarkAllReadButton, NotificationItem } from "./notification-item";

/** The notice list: each rendered in the reader's language, newest first, unread marked. */
export async function NotificationList({ list, locale, unreadOnly }: { list: ReturnType<typeof fetchNotifications>; locale: Locale; unreadOnly: boolean }) {
  const t = await getTranslations();
  const tn = await getTranslations("notifications");
  const tab = (active: boolean) => cn("rounded-md px-3 py-1.5 text-sm", active ? "bg-primary text-primary-foreground" : "hover:bg-muted");
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{tn("title")}</h1>
          <p className="text-muted-foreground" data-testid="unread-summary">
            {tn("unreadSummary", { count: list.unread })}
          </p>
        </div>
        {list.unread > 0 && <MarkAllReadButton />}
      </div>
      <nav aria-label={tn("filterLabel")} className="flex gap-1">
        <Link href="/notifications" className={tab(!unreadOnly)} aria-current={!unreadOnly ? "page" : undefined}>
          {tn("all")}
        </Link>
        <Link href="/notifications?unread=1" className={tab(unreadOnly)} aria-current={unreadOnly ? "page" : undefined}>
          {tn("unreadOnly")}
        </Link>
      </nav>
      <Card className="py-2">
        <CardContent>
          {list.rows.length === 0 ? (
            <p className="py-4 text-sm text-muted-foreground">{tn("empty")}</p>
          ) : (
            <ul className="flex flex-col divide-y">
              {list.rows.map((row) => {
                const text = renderNotice(t as unknown as Translate, locale, row);
                return <NotificationItem key={row.id} id={row.id} href={row.href} title={text.title} detail={text.detail} when={formatInstant(row.createdAt, locale)} whenIso={row.createdAt} read={row.readAt !== null} />;
              })}
            </ul>
          )}
        </CardContent>
      </Card>
      <Pagination basePath="/notifications" params={{ unread: unreadOnly ? "1" : undefined }} page={list.page} pageCount={Math.max(1, Math.ceil(list.total / list.pageSize))} total={list.total} />
    </div>
  );
}
