import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { AgreementList } from "@/components/agreements/agreement-list";
import { MergeDialog } from "@/components/forms/merge-dialog";
import { SeeAllLink } from "@/components/shell/see-all-link";
import { StoredRecordHistory } from "@/components/shell/record-history";
import { ArchivedNotice, RecordHeader, SectionCard } from "@/components/shell/record-page";
import { RecordActions } from "@/components/page-kit/record-actions";
import { organisationLabel } from "@/lib/agreements/display";
import { todayIn } from "@/lib/dates/partial-date";
import { fetchOpenFollowUpsConcerning } from "@/lib/follow-ups/queries";
import { ConcerningFollowUpsCard } from "@/components/follow-ups/follow-up-cards";
import { formatPartialDateRange } from "@/lib/dates/partial-date";
import { localizedName } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/pages/locale";
import { recordForPage, recordTitleMetadata, redirectIfMerged, type RecordPageProps } from "@/lib/pages/record";
import { archiveOrganisation, mergeOrganisations, restoreOrganisation } from "@/lib/organisations/actions";
import { fetchOrganisation } from "@/lib/organisations/queries";
import { ValidationPanel } from "@/components/record-validation/validation-panel";
import { RouteMessages } from "@/components/shell/route-messages";

/** The tab: the organisation's name in the reader's language. */
export const generateMetadata = recordTitleMetadata(
  "organisation",
  (user, id) => fetchOrganisation(user, id, { allowArchived: true }),
  (stored, locale) => organisationLabel(stored.organisation, locale),
  "organisations",
  "title",
);

export default async function OrganisationPage({ params }: RecordPageProps) {
  const { user, id, record: stored } = await recordForPage(params, "read", "organisation", (user, id) => fetchOrganisation(user, id, { allowArchived: true }));
  redirectIfMerged(stored.organisation, "/organisations");
  const [t, tm, tApp, locale] = [await getTranslations("organisations"), await getTranslations("meetings"), await getTranslations("app"), await pageLocale()];
  const { organisation } = stored;
  const active = !organisation.archivedAt;
  const name = organisationLabel(organisation, locale) || `#${id}`;
  const country = organisation.countryCode
    ? localizedName({ nameAr: stored.countryNameAr, nameFr: stored.countryNameFr, nameEn: stored.countryNameEn }, locale, organisation.countryCode)
    : null;
  const otherNames = [organisation.nameAr, organisation.nameFr, organisation.nameEn].filter((n): n is string => !!n && n !== localizedName(organisation, locale));
  return (
    <RouteMessages route="organisations/record">
      <article className="flex flex-col gap-6">
        {!active && <ArchivedNotice title={t("archived")} />}
        <RecordHeader
          back={{ href: "/organisations", label: t("title") }}
          actions={
            <RecordActions
              basePath="/organisations"
              id={id}
              version={organisation.version}
              abilities={stored.abilities}
              editLabel={t("edit")}
              archive={archiveOrganisation}
              restore={restoreOrganisation}
            >
              {stored.abilities.merge && <MergeDialog kind="organisation" keepId={id} keepVersion={organisation.version} keepName={name} merge={mergeOrganisations} />}
            </RecordActions>
          }
        >
          <h1 className="text-2xl font-bold">
            <bdi>{name}</bdi>
          </h1>
          {otherNames.map((n) => (
            <p key={n} className="text-muted-foreground">
              <bdi>{n}</bdi>
            </p>
          ))}
          <p className="mt-1 flex flex-wrap items-center gap-2">
            <Badge variant="secondary">{t(`types.${organisation.type}`)}</Badge>
            {country && organisation.countryCode && (
              <Link href={`/countries/${organisation.countryCode}`} className="text-sm hover:underline">
                {country}
              </Link>
            )}
          </p>
        </RecordHeader>

        <ValidationPanel mayValidate={stored.abilities.validate} entityType="organisation" record={organisation} recordName={name} />

        <SectionCard title={t("detail.projects")}>
          {stored.projects.length === 0 ? (
            <p className="text-muted-foreground">{t("detail.noProjects")}</p>
          ) : (
            <Table data-testid="organisation-projects">
              <TableHeader>
                <TableRow>
                  <TableHead>{t("detail.project")}</TableHead>
                  <TableHead>{t("detail.role")}</TableHead>
                  <TableHead>{t("detail.period")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {stored.projects.map((p) => (
                  <TableRow key={`${p.projectId}-${p.partnerRole}`}>
                    <TableCell className="whitespace-normal">
                      <Link href={`/projects/${p.projectId}`} className="font-medium text-primary hover:underline">
                        <bdi>{p.acronym ?? localizedName({ nameAr: p.titleAr, nameFr: p.titleFr, nameEn: p.titleEn }, locale)}</bdi>
                      </Link>
                      {p.acronym && (
                        <p className="text-sm text-muted-foreground">
                          <bdi>{localizedName({ nameAr: p.titleAr, nameFr: p.titleFr, nameEn: p.titleEn }, locale)}</bdi>
                        </p>
                      )}
                    </TableCell>
                    <TableCell>
                      <Badge variant="outline">{t.has(`partnerRoles.${p.partnerRole}`) ? t(`partnerRoles.${p.partnerRole}`) : p.partnerRole}</Badge>
                    </TableCell>
                    <TableCell>{formatPartialDateRange(p.plannedStart, p.plannedEnd, locale) || "—"}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          <SeeAllLink href={`/projects?implementer=${id}`} total={stored.totals.projects} shown={stored.projects.length} />
        </SectionCard>

        <div className="grid gap-6 lg:grid-cols-2">
          <SectionCard title={t("detail.agreements")}>
            <AgreementList rows={stored.agreements} locale={locale} />
            <SeeAllLink href={`/agreements?q=${encodeURIComponent(name)}`} total={stored.totals.agreements} shown={stored.agreements.length} />
          </SectionCard>
          <SectionCard title={t("detail.meetings")}>
            {stored.meetings.length === 0 ? (
              <p className="text-muted-foreground">{t("detail.noMeetings")}</p>
            ) : (
              <ul className="flex flex-col gap-2">
                {stored.meetings.map((m) => (
                  <li key={`${m.id}-${m.personId}`}>
                    <Link href={`/meetings/${m.id}`} className="font-medium text-primary hover:underline">
                      {formatPartialDateRange(m.startsOn, m.endsOn, locale)}
                    </Link>
                    {" · "}
                    <span className="text-sm">{tm(`kinds.${m.kind}`)}</span>
                    <p className="text-sm text-muted-foreground">
                      <bdi>{m.personName}</bdi>
                      {m.titleAtMeeting && (
                        <>
                          {tApp("apposition")}
                          <bdi>{m.titleAtMeeting}</bdi>
                        </>
                      )}
                    </p>
                  </li>
                ))}
              </ul>
            )}
            <SeeAllLink href={`/meetings?organisation=${id}`} total={stored.totals.meetings} shown={new Set(stored.meetings.map((m) => m.id)).size} />
          </SectionCard>
        </div>

        <SectionCard title={t("detail.people")}>
          {stored.people.length === 0 ? (
            <p className="text-muted-foreground">{t("detail.noPeople")}</p>
          ) : (
            <ul className="flex flex-col gap-1">
              {stored.people.map((p) => (
                <li key={p.id}>
                  <Link href={`/people/${p.id}`} className="font-medium text-primary hover:underline">
                    <bdi>{p.name}</bdi>
                  </Link>
                  {p.latestTitle && (
                    <span className="text-sm text-muted-foreground">
                      {" — "}
                      <bdi>{p.latestTitle}</bdi>
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
          <SeeAllLink href={`/people?q=${encodeURIComponent(name)}`} total={stored.totals.people} shown={stored.people.length} />
        </SectionCard>

        <ConcerningFollowUpsCard followUps={fetchOpenFollowUpsConcerning(user, { organisationId: id }, todayIn("Africa/Casablanca"))} locale={locale} />

        <StoredRecordHistory record={organisation} stored={stored} locale={locale} />
      </article>
    </RouteMessages>
  );
}
