import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Pencil } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { AttachmentsPanel } from "@/components/attachments/attachments-panel";
import { RecordHistory } from "@/components/shell/record-history";
import { ValidationPanel } from "@/components/record-validation/validation-panel";
import { requirePermission } from "@/lib/auth/session";
import { formatPartialDateRange, todayIn } from "@/lib/dates/partial-date";
import { fetchMeetingFollowUps } from "@/lib/follow-ups/queries";
import { MeetingFollowUpsTable } from "@/components/follow-ups/meeting-follow-ups-table";
import { isLocale } from "@/lib/i18n/config";
import { joinList } from "@/lib/i18n/list-format";
import { localizedName } from "@/lib/i18n/localized";
import { fetchMeeting } from "@/lib/meetings/queries";
import { fetchAttachmentPanel } from "@/lib/attachments/queries";
import { ArchiveButton } from "@/components/forms/archive-button";
import { archiveMeeting } from "@/lib/meetings/actions";
import { JoinedList } from "@/components/shell/joined-list";

export default async function MeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("read", "meeting");
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id < 1) notFound();
  const stored = fetchMeeting(user, id);
  if (!stored) notFound();
  const attachments = fetchAttachmentPanel(user, "meeting", id);
  const [t, tApp, current] = [await getTranslations("meetings"), await getTranslations("app"), await getLocale()];
  const locale = isLocale(current) ? current : "ar";
  const { meeting } = stored;
  const country = meeting.countryCode
    ? localizedName({ nameAr: stored.countryNameAr, nameFr: stored.countryNameFr, nameEn: stored.countryNameEn }, locale, meeting.countryCode)
    : null;
  const event = localizedName({ nameAr: stored.eventNameAr, nameFr: stored.eventNameFr, nameEn: stored.eventNameEn }, locale);
  return (
    <article className="flex flex-col gap-6">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm text-muted-foreground">
            <Link href="/meetings" className="hover:underline">
              {t("title")}
            </Link>
          </p>
          <h1 className="text-2xl font-bold">
            <JoinedList items={stored.counterparts} locale={locale} itemKey={(c) => c.personId} render={(c) => <bdi>{c.name}</bdi>} />
          </h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-muted-foreground">
            <time data-testid="meeting-date">{formatPartialDateRange(meeting.startsOn, meeting.endsOn, locale)}</time>
            <Badge variant="secondary">{t(`kinds.${meeting.kind}`)}</Badge>
            {country && <span>{country}</span>}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {stored.abilities.update && (
            <Link href={`/meetings/${id}/edit`} className={buttonVariants({ variant: "outline" })}>
              <Pencil aria-hidden className="size-4" />
              {t("edit")}
            </Link>
          )}
          {stored.abilities.archive && (
            <ArchiveButton kind="archive" action={archiveMeeting} id={id} version={meeting.version} redirectTo="/meetings" />
          )}
        </div>
      </header>

      <ValidationPanel
        mayValidate={stored.abilities.validate}
        entityType="meeting"
        record={meeting}
        recordName={joinList(stored.counterparts.map((c) => c.name), locale)}
      />

      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle>
              <h2>{t("detail.summary")}</h2>
            </CardTitle>
          </CardHeader>
          <CardContent>
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
              <dd className="whitespace-pre-line" dir="auto">{meeting.topics || "—"}</dd>
              <dt className="font-medium">{t("detail.outcome")}</dt>
              <dd className="whitespace-pre-line" dir="auto">{meeting.outcome || "—"}</dd>
            </dl>
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>
              <h2>{t("detail.counterparts")}</h2>
            </CardTitle>
          </CardHeader>
          <CardContent>
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
                    <p className="text-sm text-muted-foreground" dir="auto">
                      {c.titleAtMeeting}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      </div>

      <Card>
        <CardHeader>
          <CardTitle>
            <h2>{t("detail.followUps")}</h2>
          </CardTitle>
        </CardHeader>
        <CardContent>
          <MeetingFollowUpsTable followUps={fetchMeetingFollowUps(user, id, todayIn("Africa/Casablanca"))} locale={locale} />
        </CardContent>
      </Card>

      {attachments && <AttachmentsPanel view={attachments} className="rounded-xl border bg-card p-4" />}
      <RecordHistory
        entries={stored.history}
        createdAt={meeting.createdAt}
        createdByName={stored.createdByName}
        updatedAt={meeting.updatedAt}
        updatedByName={stored.updatedByName}
        locale={locale}
      />
    </article>
  );
}
