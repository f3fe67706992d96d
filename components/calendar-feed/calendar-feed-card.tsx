"use client";

/**
 * The account page's calendar subscription: the user's secret iCalendar URL with copy and revoke
 * (after a confirmation: every app subscribed to it stops receiving), or a button to create one.
 */
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { CalendarPlus, Copy, Trash2 } from "lucide-react";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { createCalendarFeed, revokeCalendarFeed } from "@/lib/calendar-feed/actions";

export function CalendarFeedCard({ feed }: { feed: { id: number; url: string } | null }) {
  const t = useTranslations("calendarFeed");
  const te = useTranslations("errors");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const run = (action: () => Promise<{ ok: boolean; message?: string }>, done: string) =>
    startTransition(async () => {
      const result = await action();
      setStatus(result.ok ? { ok: true, text: done } : { ok: false, text: te(result.message ?? "failed") });
      router.refresh();
    });

  return (
    <section aria-labelledby="calendar-feed" className="flex flex-col gap-3" data-testid="calendar-feed">
      <h2 id="calendar-feed" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-muted-foreground">{t("intro")}</p>
      {feed ? (
        <>
          <div className="grid gap-1.5">
            <Label htmlFor="calendar-feed-url">{t("urlLabel")}</Label>
            <Input id="calendar-feed-url" readOnly value={feed.url} dir="ltr" className="text-start font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
          </div>
          <div className="flex flex-wrap gap-2">
            <Button
              type="button"
              size="sm"
              onClick={async () => {
                await navigator.clipboard.writeText(feed.url);
                setStatus({ ok: true, text: t("copied") });
              }}
            >
              <Copy aria-hidden className="size-4" />
              {t("copy")}
            </Button>
            <AlertDialog>
              <AlertDialogTrigger asChild>
                <Button type="button" size="sm" variant="outline" disabled={pending}>
                  <Trash2 aria-hidden className="size-4" />
                  {t("revoke")}
                </Button>
              </AlertDialogTrigger>
              <AlertDialogContent>
                <AlertDialogHeader>
                  <AlertDialogTitle>{t("revoke")}</AlertDialogTitle>
                  <AlertDialogDescription>{t("revokeConfirm")}</AlertDialogDescription>
                </AlertDialogHeader>
                <AlertDialogFooter>
                  <AlertDialogCancel>{t("cancel")}</AlertDialogCancel>
                  <AlertDialogAction onClick={() => run(() => revokeCalendarFeed({ id: feed.id }), t("revoked"))}>{t("revoke")}</AlertDialogAction>
                </AlertDialogFooter>
              </AlertDialogContent>
            </AlertDialog>
          </div>
        </>
      ) : (
        <div className="flex flex-col items-start gap-2">
          <p className="text-sm">{t("none")}</p>
          <Button type="button" size="sm" disabled={pending} onClick={() => run(createCalendarFeed, "")}>
            <CalendarPlus aria-hidden className="size-4" />
            {pending ? t("working") : t("create")}
          </Button>
        </div>
      )}
      <p aria-live="polite" className={status?.ok === false ? "text-sm text-destructive" : "text-sm text-success"}>
        {status?.text}
      </p>
    </section>
  );
}
