import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { MergeDialog } from "@/components/forms/merge-dialog";
import { SeeAllLink } from "@/components/shell/see-all-link";
import { PersonMeetings } from "@/components/people/person-meetings";
import { PositionDialog, RemovePositionButton } from "@/components/people/position-dialog";
import { StoredRecordHistory } from "@/components/shell/record-history";
import { ArchivedNotice, RecordHeader, SectionCard } from "@/components/shell/record-page";
import { RecordActions } from "@/components/page-kit/record-actions";
import { organisationLabel } from "@/lib/agreements/display";
import { todayIn } from "@/lib/dates/partial-date";
import { fetchOpenFollowUpsConcerning } from "@/lib/follow-ups/queries";
import { ConcerningFollowUpsCard } from "@/components/follow-ups/follow-up-cards";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { localizedName } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/pages/locale";
import { recordForPage, recordTitleMetadata, redirectIfMerged, type RecordPageProps } from "@/lib/pages/record";
import { archivePerson, mergePeople, restorePerson } from "@/lib/people/actions";
import { personFormChoices, positionToFormValues } from "@/lib/people/form-values";
import { fetchPerson, fetchPersonFormOptions } from "@/lib/people/queries";
import { emptyPositionForm } from "@/lib/people/schema";
import { ValidationPanel } from "@/components/record-validation/validation-panel";
import { RouteMessages } from "@/components/shell/route-messages";

/** The tab: the person's name. */
export const generateMetadata = recordTitleMetadata("person", (user, id) => fetchPerson(user, id, { allowArchived: true }), (stored) => stored.person.name, "people", "title");

export default async function PersonPage({ params }: RecordPageProps) {
  const { user, id, record: stored } = await recordForPage(params, "read", "person", (user, id) => fetchPerson(user, id, { allowArchived: true }));
  redirectIfMerged(stored.person, "/people");
  const [t, locale] = [await getTranslations("people"), await pageLocale()];
  const { person } = stored;
  const active = !person.archivedAt;
  const country = person.countryCode
    ? localizedName({ nameAr: stored.countryNameAr, nameFr: stored.countryNameFr, nameEn: stored.countryNameEn }, locale, person.countryCode)
    : null;
  const canUpdate = stored.abilities.update;
  const choices = canUpdate ? personFormChoices(fetchPersonFormOptions(user), locale) : null;
  return (
    <RouteMessages route="people/record">
      <article className="flex flex-col gap-6">
        {!active && <ArchivedNotice title={t("archived")} />}
        <RecordHeader
          back={{ href: "/people", label: t("title") }}
          actions={
            <RecordActions basePath="/people" id={id} version={person.version} abilities={stored.abilities} editLabel={t("edit")} archive={archivePerson} restore={restorePerson}>
              {stored.abilities.merge && <MergeDialog kind="person" keepId={id} keepVersion={person.version} keepName={person.name} merge={mergePeople} />}
            </RecordActions>
          }
        >
          <h1 className="text-2xl font-bold">
            <bdi>{person.name}</bdi>
          </h1>
          <p className="text-muted-foreground">
            {person.nameTransliterated && <bdi>{person.nameTransliterated}</bdi>}
            {person.nameTransliterated && country && " · "}
            {country && person.countryCode && (
              <Link href={`/countries/${person.countryCode}`} className="hover:underline">
                {country}
              </Link>
            )}
          </p>
          {person.notes && (
            <p className="mt-2 max-w-prose text-sm whitespace-pre-line" dir="auto">
              {person.notes}
            </p>
          )}
        </RecordHeader>

        <ValidationPanel mayValidate={stored.abilities.validate} entityType="person" record={person} recordName={person.name} />

        <SectionCard
          title={t("positions.heading")}
          action={choices && <PositionDialog mode="create" personId={id} initialValues={emptyPositionForm()} countries={choices.countries} />}
        >
          {stored.positions.length === 0 ? (
            <p className="text-muted-foreground">{t("positions.empty")}</p>
          ) : (
            <ul className="flex flex-col gap-2" data-testid="positions">
              {stored.positions.map((p) => {
                const organisation = organisationLabel({ nameAr: p.organisationNameAr, nameFr: p.organisationNameFr, nameEn: p.organisationNameEn, acronym: p.organisationAcronym }, locale);
                const from = formatPartialDate(p.position.startsOn, locale);
                const to = formatPartialDate(p.position.endsOn, locale);
                return (
                  <li key={p.position.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border p-2">
                    <div>
                      <p className="font-medium">
                        <bdi>{p.position.title}</bdi>
                      </p>
                      <p className="text-sm text-muted-foreground">
                        {organisation && p.position.organisationId && (
                          <Link href={`/organisations/${p.position.organisationId}`} className="hover:underline">
                            <bdi>{organisation}</bdi>
                          </Link>
                        )}
                        {organisation && " · "}
                        {from || to ? t("positions.period", { from: from || "…", to: to || t("positions.present") }) : t("positions.noDates")}
                      </p>
                    </div>
                    {choices && (
                      <div className="flex gap-1">
                        <PositionDialog
                          mode="edit"
                          positionId={p.position.id}
                          version={p.position.version}
                          title={p.position.title}
                          initialValues={positionToFormValues(p.position)}
                         
                          countries={choices.countries}
                        />
                        <RemovePositionButton positionId={p.position.id} version={p.position.version} title={p.position.title} />
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </SectionCard>

        <section aria-labelledby="person-meetings" className="flex flex-col gap-3">
          <h2 id="person-meetings" className="text-lg font-semibold">
            {t("meetingsOverTime")}
          </h2>
          <PersonMeetings meetings={stored.meetings} locale={locale} />
          <SeeAllLink href={`/meetings?person=${id}`} total={stored.meetingTotal} shown={stored.meetings.length} />
        </section>

        <ConcerningFollowUpsCard followUps={fetchOpenFollowUpsConcerning(user, { personId: id }, todayIn("Africa/Casablanca"))} locale={locale} />

        <StoredRecordHistory record={person} stored={stored} locale={locale} />
      </article>
    </RouteMessages>
  );
}
