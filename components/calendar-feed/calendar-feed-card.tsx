"use client";

/**
 * The account page's calendar subscription: the user's secret iCalendar URL with copy and revoke
 * (after a confirmation: every app subscribed to it stops receiving), or a button to create one.
 */
import { useState } from "react";
import { useTranslations } from "next-intl";
import { CalendarPlus, Copy, Trash2 } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useActionRunner } from "@/components/forms/action-runner";
import { createCalendarFeed, revokeCalendarFeed } from "@/lib/calendar-feed/actions";

export function CalendarFeedCard({ feed }: { feed: { id: number; url: string } | null }) {
  const t = useTranslations("calendarFeed");
  const te = useTranslations("errors");
  const { pending, error, run, clearError } = useActionRunner();
  /** What the last successful step says (revoked, copied); a refusal is shown in its place. */
  const [notice, setNotice] = useState("");

  const act = (action: Parameters<typeof run>[0], done: string) => {
    setNotice("");
    run(action, () => setNotice(done));
  };

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
                clearError();
                setNotice(t("copied"));
              }}
            >
              <Copy aria-hidden className="size-4" />
              {t("copy")}
            </Button>
            <ConfirmDialog
              trigger={
                <Button type="button" size="sm" variant="outline" disabled={pending}>
                  <Trash2 aria-hidden className="size-4" />
                  {t("revoke")}
                </Button>
              }
              title={t("revoke")}
              description={t("revokeConfirm")}
              cancelLabel={t("cancel")}
              confirmLabel={t("revoke")}
              onConfirm={() => act(() => revokeCalendarFeed({ id: feed.id }), t("revoked"))}
            />
          </div>
        </>
      ) : (
        <div className="flex flex-col items-start gap-2">
          <p className="text-sm">{t("none")}</p>
          <Button type="button" size="sm" disabled={pending} onClick={() => act(createCalendarFeed, "")}>
            <CalendarPlus aria-hidden className="size-4" />
            {pending ? t("working") : t("create")}
          </Button>
        </div>
      )}
      <p aria-live="polite" className={error ? "text-sm text-destructive" : "text-sm text-success"}>
        {error ? te(error) : notice}
      </p>
    </section>
  );
}
