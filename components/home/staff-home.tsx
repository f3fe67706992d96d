import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Plus } from "@/components/ui/icons";
import { buttonVariants } from "@/components/ui/button";
import { HomeCard, HomeHeader } from "./home-card";
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
      <HomeHeader title={t.rich("welcome", { name, bdi: (chunks) => <bdi>{chunks}</bdi> })} intro={t("intro")}>
        {mayRecordMeetings && (
          <Link href="/meetings/new" className={buttonVariants()}>
            <Plus aria-hidden className="size-4" />
            {t("recordMeeting")}
          </Link>
        )}
      </HomeHeader>

      <div className="grid gap-6 lg:grid-cols-2">
        <HomeCard
          data-testid="sent-back"
          title={t("sentBack")}
          count={{ value: sentBack.length, alert: sentBack.length > 0 }}
          description={t("sentBackHelp")}
          empty={sentBack.length === 0 && t("nothingSentBack")}
        >
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
        </HomeCard>

        <HomeCard
          data-testid="change-requests"
          title={t("changeRequests")}
          count={{ value: changeRequests.length, alert: changeRequests.length > 0 }}
          description={
            <>
              {t("changeRequestsHelp")}{" "}
              <Link href="/reviews" className="text-primary underline">
                {t("allReviews")}
              </Link>
            </>
          }
          empty={changeRequests.length === 0 && t("noChangeRequests")}
        >
          <ReviewHistory reviews={changeRequests} locale={locale} showMilestone />
        </HomeCard>

        <MyFollowUpsCard followUps={followUps} locale={locale} />

        <HomeCard data-testid="recent-entries" title={t("recent")} description={t("recentHelp")} empty={recent.length === 0 && t("noRecent")}>
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
        </HomeCard>
      </div>
    </div>
  );
}
