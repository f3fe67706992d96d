import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { AttachmentsPanel } from "@/components/attachments/attachments-panel";
import { StoredRecordHistory } from "@/components/shell/record-history";
import { RecordHeader, SectionCard } from "@/components/shell/record-page";
import { RecordActions } from "@/components/page-kit/record-actions";
import { ValidationPanel } from "@/components/record-validation/validation-panel";
import { formatPartialDateRange, todayIn } from "@/lib/dates/partial-date";
import { fetchMeetingFollowUps } from "@/lib/follow-ups/queries";
import { MeetingFollowUpsTable } from "@/components/follow-ups/meeting-follow-ups-table";
import { joinNames } from "@/lib/i18n/list-format";
import { localizedName } from "@/lib/i18n/localized";
import { fetchMeeting } from "@/lib/meetings/queries";
import { meetingTitle } from "@/lib/meetings/title";
import { pageLocale } from "@/lib/pages/locale";
import { recordForPage, recordTitleMetadata, type RecordPageProps } from "@/lib/pages/record";
import { fetchAttachmentPanel } from "@/lib/attachments/queries";
import { archiveMeeting } from "@/lib/meetings/actions";
import { JoinedList } from "@/components/shell/joined-list";
import { RouteMessages } from "@/components/shell/route-messages";

/** The tab: the meeting's counterparts ("Consuelo RUMÍ" …), else its kind, country and date; "Meetings" when unreadable. */
export const generateMetadata = recordTitleMetadata("meeting", fetchMeeting, meetingTitle, "meetings", "title");

export default async function MeetingPage({ params }: RecordPageProps) {
  const { user, id, record: stored } = await recordForPage(params, "read", "meeting", fetchMeeting);
  const attachments = fetchAttachmentPanel(user, "meeting", id);
  const [t, tApp, locale] = [await getTranslations("meetings"), await getTranslations("app"), await pageLocale()];
  const { meeting } = stored;
  const country = meeting.countryCode
    ? localizedName({ nameAr: stored.countryNameAr, nameFr: stored.countryNameFr, nameEn: stored.countryNameEn }, locale, meeting.countryCode)
    : null;
  const event = localizedName({ nameAr: stored.eventNameAr, nameFr: stored.eventNameFr, nameEn: stored.eventNameEn }, locale);
  return (
    <RouteMessages route="meetings/record">
      <article className="flex flex-col gap-6">
        <RecordHeader
          back={{ href: "/meetings", label: t("title") }}
          actions={<RecordActions basePath="/meetings" id={id} version={meeting.version} abilities={stored.abilities} editLabel={t("edit")} archive={archiveMeeting} />}
        >
          <h1 className="text-2xl font-bold">
            {stored.counterparts.length > 0 ? (
              <JoinedList items={stored.counterparts} locale={locale} itemKey={(c) => c.personId} render={(c) => <bdi>{c.name}</bdi>} />
            ) : (
              t("detail.noCounterpart")
            )}
          </h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-muted-foreground">
            <time data-testid="meeting-date">{formatPartialDateRange(meeting.startsOn, meeting.endsOn, locale)}</time>
            <Badge variant="secondary">{t(`kinds.${meeting.kind}`)}</Badge>
            {country && <span>{country}</span>}
          </p>
        </RecordHeader>

        <ValidationPanel
          mayValidate={stored.abilities.validate}
          entityType="meeting"
          record={meeting}
          recordName={stored.counterparts.length > 0 ? joinNames(stored.counterparts.map((c) => c.name), locale) : t("detail.noCounterpart")}
        />

        <div className="grid gap-6 lg:grid-cols-3">
          <SectionCard title={t("detail.summary")} className="lg:col-span-2">
            <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
              <dt className="font-medium">{t("detail.place")}</dt>
              {/* Where it was held; the counterpart's country (not the place) is in the header. */}
              <dd>
                {[meeting.venue, meeting.city].filter(Boolean).map((part, i) => (
                  <span key={i}>
                    {i > 0 && tApp("apposition")}
                    <bdi>{part}</bdi>
                  </span>
                ))}
                {!meeting.venue && !meeting.city && "—"}
              </dd>
              <dt className="font-medium">{t("detail.event")}</dt>
              <dd>
                {event || "—"}
                {stored.edition?.city && ` · ${stored.edition.city}`}
              </dd>
              <dt className="font-medium">{t("detail.topics")}</dt>
              <dd className="whitespace-pre-line" dir={meeting.topics ? "auto" : undefined}>{meeting.topics || "—"}</dd>
              <dt className="font-medium">{t("detail.outcome")}</dt>
              <dd className="whitespace-pre-line" dir={meeting.outcome ? "auto" : undefined}>{meeting.outcome || "—"}</dd>
            </dl>
          </SectionCard>

          <SectionCard title={t("detail.counterparts")}>
            {stored.counterparts.length === 0 && <p className="text-muted-foreground">—</p>}
            <ul className="flex flex-col gap-3">
              {stored.counterparts.map((c) => (
                <li key={c.personId}>
                  <Link href={`/people/${c.personId}`} className="font-medium text-primary hover:underline">
                    <bdi>{c.name}</bdi>
                  </Link>
                  {c.nameTransliterated && (
                    <span className="text-sm text-muted-foreground">
                      {" "}
                      (<bdi>{c.nameTransliterated}</bdi>)
                    </span>
                  )}
                  {c.titleAtMeeting && (
                    <p className="text-sm text-muted-foreground">
                      <bdi>{c.titleAtMeeting}</bdi>
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </SectionCard>
        </div>

        <SectionCard title={t("detail.followUps")}>
          <MeetingFollowUpsTable followUps={fetchMeetingFollowUps(user, id, todayIn("Africa/Casablanca"))} locale={locale} />
        </SectionCard>

        {attachments && <AttachmentsPanel view={attachments} className="rounded-xl border bg-card p-4" />}
        <StoredRecordHistory record={meeting} stored={stored} locale={locale} />
      </article>
    </RouteMessages>
  );
}
