"use client";

/**
 * One notice of the list: its text links to its record (opening it marks it read), and a button
 * marks it read without leaving the list. The text is rendered on the server (renderNotice).
 */
import { useTransition } from "react";
import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Check } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";
import { markNotificationsRead } from "@/lib/notifications/actions";
import { cn } from "@/lib/utils";

export function NotificationItem({ id, href, title, detail, when, whenIso, read }: { id: number; href: string; title: string; detail: string | null; when: string; whenIso: string; read: boolean }) {
  const t = useTranslations("notifications");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const markRead = (then?: () => void) =>
    startTransition(async () => {
      await markNotificationsRead({ id });
      if (then) then();
      else router.refresh();
    });
  return (
    <li data-testid="notification" data-read={read ? "true" : "false"} className={cn("flex items-start gap-3 py-3", !read && "font-medium")}>
      <span aria-hidden className={cn("mt-1.5 size-2 shrink-0 rounded-full", read ? "bg-transparent" : "bg-primary")} />
      <div className="flex min-w-0 flex-1 flex-col gap-0.5">
        <Link
          href={href}
          className="break-words text-primary hover:underline"
          dir="auto"
          onClick={(event) => {
            if (read) return;
            event.preventDefault();
            markRead(() => router.push(href));
          }}
        >
          {title}
        </Link>
        {detail && (
          <p className="break-words text-sm font-normal text-muted-foreground" dir="auto">
            {detail}
          </p>
        )}
        <time dateTime={whenIso} className="text-xs font-normal text-muted-foreground">
          {when}
          {!read && <span className="sr-only"> · {t("unread")}</span>}
        </time>
      </div>
      {!read && (
        <Button type="button" variant="ghost" size="sm" disabled={pending} onClick={() => markRead()} aria-label={t("markReadLabel", { title })} className="shrink-0">
          <Check aria-hidden className="size-4" />
          <span className="hidden sm:inline">{t("markRead")}</span>
        </Button>
      )}
    </li>
  );
}

/** "Mark all read" for the list's header. */
export function MarkAllReadButton() {
  const t = useTranslations("notifications");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      type="button"
      variant="outline"
      size="sm"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await markNotificationsRead({ all: true });
          router.refresh();
        })
      }
    >
      <Check aria-hidden className="size-4" />
      {t("markAllRead")}
    </Button>
  );
}
