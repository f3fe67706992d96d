import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { RecordTitle } from "@/components/record-validation/record-title";
import { ValidationStatusBadge } from "@/components/record-validation/validation-status-badge";
import { ReviewHistory } from "@/components/reviews/review-history";
import { formatInstant } from "@/lib/dates/instant";
import type { fetchMyFollowUps } from "@/lib/follow-ups/queries";
import { MyFollowUpsCard } from "@/components/follow-ups/follow-up-cards";
import type { Locale } from "@/lib/i18n/config";
import type { RecordSummary } from "@/lib/record-validation/queries";
import type { ReviewHistoryEntry } from "@/lib/reviews/queries";

/**
 * A staff member's home: what a supervisor sent back to them, what a steering committee asked
 * to change, their follow-up actions, and their latest entries with their validation state.
 */
export async function StaffHome({
  name,
  locale,
  sentBack,
  changeRequests,
  followUps,
  recent,
  mayRecordMeetings,
}: {
  name: string;
  locale: Locale;
  sentBack: RecordSummary[];
  changeRequests: ReviewHistoryEntry[];
  followUps: ReturnType<typeof fetchMyFollowUps>;
  recent: (RecordSummary & { touchedAt: string })[];
  mayRecordMeetings: boolean;
}) {
  const t = await getTranslations("staffHome");
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t.rich("welcome", { name, bdi: (chunks) => <bdi>{chunks}</bdi> })}</h1>
          <p className="text-muted-foreground">{t("intro")}</p>
        </div>
        {mayRecordMeetings && (
          <Link href="/meetings/new" className={buttonVariants()}>
            <Plus aria-hidden className="size-4" />
            {t("recordMeeting")}
          </Link>
        )}
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card className="gap-4" data-testid="sent-back">
          <CardHeader>
            <CardTitle className="flex items-center gap-2">
              <h2>{t("sentBack")}</h2>
              <Badge variant={sentBack.length ? "destructive" : "secondary"} className="ms-auto">
                {sentBack.length}
              </Badge>
            </CardTitle>
            <CardDescription>{t("sentBackHelp")}</CardDescription>
          </CardHeader>
          <CardContent>
            {sentBack.length === 0 ? (
              <p className="text-sm text-muted-foreground">{t("nothingSentBack")}</p>
            ) : (
              <ul className="flex flex-col divide-y text-sm">
                {sentBack.map((record) => (
                  <li key={`${record.entityType}-${record.id}`} className="flex flex-col gap-1 py-2">
                    <RecordTitle record={record} locale={locale} />
                    {record.validationComment && (
                      <blockquote className="border-s-4 border-destructive/60 ps-3 whitespace-pre-line" dir="auto">
                        {record.validationComment}
                      </blockquote>
                    )}
                    <p className="text-xs text-muted-foreground">
                      <bdi>{record.updatedByName ?? "—"}</bdi>
                      {" · "}
                      <time dateTime={record.updatedAt}>{formatInstant(record.updatedAt, locale)}</time>
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>

        <Card className="gap-4" data-testid="change-requests">
          <CardHeader>
            <CardTitle className="flex items-center gap-2">
              <h2>{t("changeRequests")}</h2>
              <Badge variant={changeRequests.length ? "destructive" : "secondary"} className="ms-auto">
                {changeRequests.length}
              </Badge>
            </CardTitle>
            <CardDescription>
              {t("changeRequestsHelp")}{" "}
              <Link href="/reviews" className="text-primary underline">
                {t("allReviews")}
              </Link>
            </CardDescription>
          </CardHeader>
          <CardContent>
            {changeRequests.length === 0 ? (
              <p className="text-sm text-muted-foreground">{t("noChangeRequests")}</p>
            ) : (
              <ReviewHistory reviews={changeRequests} locale={locale} showMilestone />
            )}
          </CardContent>
        </Card>

        <MyFollowUpsCard followUps={followUps} locale={locale} />

        <Card className="gap-4" data-testid="recent-entries">
          <CardHeader>
            <CardTitle>
              <h2>{t("recent")}</h2>
            </CardTitle>
            <CardDescription>{t("recentHelp")}</CardDescription>
          </CardHeader>
          <CardContent>
            {recent.length === 0 ? (
              <p className="text-sm text-muted-foreground">{t("noRecent")}</p>
            ) : (
              <ul className="flex flex-col divide-y text-sm">
                {recent.map((record) => (
                  <li key={`${record.entityType}-${record.id}`} className="flex items-start justify-between gap-2 py-2">
                    <RecordTitle record={record} locale={locale} />
                    <span className="flex shrink-0 flex-col items-end gap-1">
                      <ValidationStatusBadge status={record.validationStatus} />
                      <time dateTime={record.touchedAt} className="text-xs text-muted-foreground">
                        {formatInstant(record.touchedAt, locale)}
                      </time>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
