import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EditionDialog } from "@/components/events/edition-dialog";
import { StoredRecordHistory } from "@/components/shell/record-history";
import { ArchivedNotice, RecordHeader } from "@/components/shell/record-page";
import { RecordActions } from "@/components/page-kit/record-actions";
import { fetchCountryChoices } from "@/lib/countries/reference";
import { formatPartialDateRange } from "@/lib/dates/partial-date";
import { archiveEvent, restoreEvent } from "@/lib/events/actions";
import { editionToFormValues } from "@/lib/events/form-values";
import { fetchEvent } from "@/lib/events/queries";
import { emptyEditionForm } from "@/lib/events/schema";
import { localizedName } from "@/lib/i18n/localized";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";
import { recordForPage, type RecordPageProps } from "@/lib/pages/record";
import { RouteMessages } from "@/components/shell/route-messages";

export const generateMetadata = titleMetadata("events", "title");

export default async function EventPage({ params }: RecordPageProps) {
  const { id, record: stored } = await recordForPage(params, "read", "event", (user, id) => fetchEvent(user, id, { allowArchived: true }));
  const [t, tm, locale] = [await getTranslations("events"), await getTranslations("meetings"), await pageLocale()];
  const { event } = stored;
  const active = !event.archivedAt;
  const canUpdate = stored.abilities.update;
  const countries = canUpdate ? fetchCountryChoices(locale) : [];
  const name = localizedName(event, locale, event.acronym ?? `#${id}`);
  return (
    <RouteMessages route="events/record">
      <article className="flex flex-col gap-6">
        {!active && <ArchivedNotice title={t("archived")} />}
        <RecordHeader
          back={{ href: "/events", label: t("title") }}
          actions={
            <RecordActions basePath="/events" id={id} version={event.version} abilities={stored.abilities} editLabel={t("edit")} archive={archiveEvent} restore={restoreEvent} />
          }
        >
          <h1 className="text-2xl font-bold">
            <bdi>{name}</bdi>
            {event.acronym && <span className="text-muted-foreground"> ({event.acronym})</span>}
          </h1>
          <Badge variant="secondary">{t(`kinds.${event.kind}`)}</Badge>
        </RecordHeader>

        <section aria-labelledby="editions-heading" className="flex flex-col gap-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="editions-heading" className="text-lg font-semibold">
              {t("editions.heading")}
            </h2>
            {canUpdate && <EditionDialog mode="create" eventId={id} countries={countries} initialValues={emptyEditionForm()} />}
          </div>
          {stored.editions.length === 0 && <p className="text-muted-foreground">{t("editions.none")}</p>}
          {stored.editions.map(({ edition, countryNameAr, countryNameFr, countryNameEn, meetings }) => {
            const label = edition.number ? t("editions.numbered", { n: edition.number }) : t("editions.unnumbered");
            const country = edition.countryCode ? localizedName({ nameAr: countryNameAr, nameFr: countryNameFr, nameEn: countryNameEn }, locale, edition.countryCode) : null;
            return (
              <Card key={edition.id} data-testid="edition">
                <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-2">
                  <div>
                    <CardTitle>
                      <h3>{label}</h3>
                    </CardTitle>
                    <p className="text-sm text-muted-foreground">
                      {formatPartialDateRange(edition.startsOn, edition.endsOn, locale)}
                      {edition.city && (
                        <>
                          {" · "}
                          <bdi>{edition.city}</bdi>
                        </>
                      )}
                      {country && edition.countryCode && (
                        <>
                          {" · "}
                          <Link href={`/countries/${edition.countryCode}`} className="hover:underline">
                            {country}
                          </Link>
                        </>
                      )}
                      {edition.venue && (
                        <>
                          {" · "}
                          <bdi>{edition.venue}</bdi>
                        </>
                      )}
                    </p>
                    {edition.theme && (
                      <p className="text-sm">
                        {t("editions.themeLabel")} <bdi>{edition.theme}</bdi>
                      </p>
                    )}
                  </div>
                  {canUpdate && <EditionDialog mode="edit" editionId={edition.id} version={edition.version} label={label} countries={countries} initialValues={editionToFormValues(edition)} />}
                </CardHeader>
                <CardContent>
                  {meetings.length === 0 ? (
                    <p className="text-sm text-muted-foreground">{t("editions.noMeetings")}</p>
                  ) : (
                    <ul className="flex flex-col gap-1 text-sm">
                      {meetings.map((m) => (
                        <li key={m.id}>
                          <Link href={`/meetings/${m.id}`} className="text-primary hover:underline">
                            <bdi>{m.counterparts ?? tm(`kinds.${m.kind}`)}</bdi>
                          </Link>
                          {m.countryCode && (
                            <span className="text-muted-foreground">
                              {" · "}
                              {localizedName({ nameAr: m.countryNameAr, nameFr: m.countryNameFr, nameEn: m.countryNameEn }, locale, m.countryCode)}
                            </span>
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </CardContent>
              </Card>
            );
          })}
        </section>

        <StoredRecordHistory record={event} stored={stored} locale={locale} />
      </article>
    </RouteMessages>
  );
}
