import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { StoredRecordHistory } from "@/components/shell/record-history";
import { ArchivedNotice, EditLink, SectionCard } from "@/components/shell/record-page";
import { ArchiveControls } from "@/components/projects/archive-controls";
import { MilestonesTable, type MilestoneRow } from "@/components/milestones/milestones-table";
import { ProgressSummary } from "@/components/projects/project-progress";
import { ProjectTimeline } from "@/components/projects/project-timeline";
import { statusVariant } from "@/components/projects/projects-table";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { dateLocales, formatPartialDate, formatPartialDateRange, todayIn } from "@/lib/dates/partial-date";
import { formatMoney } from "@/lib/money/money";
import { isLocale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";
import { organisationLabel } from "@/lib/organisations/display";
import { formatPeriod } from "@/lib/dates/partial-date-input";
import { milestoneToFormValues } from "@/lib/milestones/form-values";
import { projectFormChoices, projectLabel } from "@/lib/projects/form-values";
import { fetchProject, fetchProjectFormOptions } from "@/lib/projects/queries";
import { buildTimeline } from "@/lib/projects/timeline";
import { ValidationPanel } from "@/components/record-validation/validation-panel";
import { MilestoneReviews } from "@/components/reviews/milestone-reviews";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const t = await getTranslations("projects");
  return { title: `${t("detail.title")} ${(await params).id}` };
}

export default async function ProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("read", "project");
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id < 1) notFound();
  const today = todayIn();
  // Supervisors may open an archived project (to restore it); for anyone else it does not exist.
  const stored = fetchProject(user, id, today, { includeArchived: true });
  if (!stored) notFound();
  const [t, current] = [await getTranslations("projects"), await getLocale()];
  const td = await getTranslations("projects.detail");
  const locale = isLocale(current) ? current : "ar";
  const { project } = stored;
  const archived = project.archivedAt !== null;

  const country = project.partnerCountryCode
    ? localizedName({ nameAr: stored.countryNameAr, nameFr: stored.countryNameFr, nameEn: stored.countryNameEn }, locale, project.partnerCountryCode)
    : null;
  const programme = localizedName({ nameAr: stored.programmeNameAr, nameFr: stored.programmeNameFr, nameEn: stored.programmeNameEn }, locale);
  const title = localizedName({ nameAr: project.titleAr, nameFr: project.titleFr, nameEn: project.titleEn }, locale);
  const otherTitles = [
    { lang: "ar", text: project.titleAr },
    { lang: "fr", text: project.titleFr },
    { lang: "en", text: project.titleEn },
  ].filter((entry) => entry.text && entry.text !== title);

  const canUpdateProject = !archived && can(user.role, "update", "project");
  const canUpdateMilestones = !archived && can(user.role, "update", "milestone");
  const canCreateMilestones = !archived && can(user.role, "create", "milestone");
  const canReadMeetings = can(user.role, "read", "meeting");
  const canReadProgrammes = can(user.role, "read", "programme");
  const choices = canUpdateMilestones || canCreateMilestones ? projectFormChoices(fetchProjectFormOptions(user), locale) : null;

  const place = (row: (typeof stored.milestones)[number]) => ({
    city: row.activity.city,
    country: row.activity.countryCode
      ? localizedName({ nameAr: row.countryNameAr, nameFr: row.countryNameFr, nameEn: row.countryNameEn }, locale, row.activity.countryCode)
      : null,
  });
  const milestoneRows: MilestoneRow[] = stored.milestones.map((row) => ({
    id: row.activity.id,
    version: row.activity.version,
    title: row.activity.title,
    kind: row.activity.kind,
    status: row.activity.status,
    late: row.late,
    plannedLabel: formatPartialDateRange(row.activity.plannedOn, row.activity.plannedEndOn, locale) || td("notDated"),
    actualLabel: formatPartialDate(row.activity.actualOn, locale),
    place: place(row),
    notes: row.activity.notes,
    meeting:
      row.activity.meetingId && row.meetingStartsOn
        ? { id: row.activity.meetingId, label: formatPartialDateRange(row.meetingStartsOn, row.meetingEndsOn, locale) }
        : null,
    formValues: milestoneToFormValues(row.activity),
  }));

  const timeline = buildTimeline({
    plannedStart: project.plannedStart,
    plannedEnd: project.plannedEnd,
    actualStart: project.actualStart,
    actualEnd: project.actualEnd,
    phases: stored.phases,
    milestones: stored.milestones.map((m) => ({ ...m.activity, late: m.late })),
    today,
  });

  // Partners grouped by role, in the reference list's order.
  const byRole = new Map<string, typeof stored.partners>();
  for (const partner of stored.partners) byRole.set(partner.role, [...(byRole.get(partner.role) ?? []), partner]);
  const committeeOrganisations = byRole.get("steering_committee_member") ?? [];
  const committeeSessions = stored.milestones.filter((m) => m.activity.kind === "steering_committee_session");
  const budget =
    project.budgetHundredths !== null && project.budgetCurrency
      ? formatMoney(project.budgetHundredths, project.budgetCurrency, dateLocales[locale])
      : null;

  return (
    <article className="flex flex-col gap-6">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex flex-col gap-1">
          <nav aria-label={td("breadcrumb")} className="flex flex-wrap gap-1 text-sm text-muted-foreground">
            <Link href="/projects" className="hover:underline">
              {t("title")}
            </Link>
            {project.programmeId && programme && (
              <>
                <span aria-hidden>/</span>
                {canReadProgrammes ? (
                  <Link href={`/programmes/${project.programmeId}`} className="hover:underline" data-testid="programme-link">
                    {programme}
                  </Link>
                ) : (
                  <span>{programme}</span>
                )}
              </>
            )}
          </nav>
          <h1 className="text-2xl font-bold">
            {project.acronym && <bdi>{project.acronym}</bdi>}
            {project.acronym && title && <span className="text-muted-foreground"> — </span>}
            {title && <span dir="auto">{title}</span>}
          </h1>
          <p className="flex flex-wrap items-center gap-2 text-muted-foreground">
            <Badge variant={statusVariant(project.status)}>{t(`statuses.${project.status}`)}</Badge>
            {country && <span>{country}</span>}
            {archived && <Badge variant="outline">{t("archived")}</Badge>}
          </p>
        </div>
        <div className="flex flex-wrap items-start gap-2">
          {canUpdateProject && <EditLink href={`/projects/${id}/edit`} label={t("edit")} />}
          {can(user.role, archived ? "restore" : "archive", "project") && (
            <ArchiveControls kind="project" id={id} version={project.version} archived={archived} afterArchive="/projects" />
          )}
        </div>
      </header>

      <ValidationPanel user={user} entityType="project" record={project} recordName={projectLabel(project, locale)} />

      {archived && <ArchivedNotice title={td("archivedNotice")} />}

      <section aria-labelledby="progress-heading" className="grid gap-4 rounded-xl border bg-card p-4 sm:grid-cols-[1fr_auto]">
        <div>
          <h2 id="progress-heading" className="mb-2 font-semibold">
            {td("progress")}
          </h2>
          <ProgressSummary progress={stored.progress} nextDue={stored.nextDue} locale={locale} />
        </div>
        <p className="max-w-xs text-xs text-muted-foreground">{td("progressHint")}</p>
      </section>

      <div className="grid gap-6 lg:grid-cols-3">
        <SectionCard title={td("overview")} className="lg:col-span-2">
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
            {otherTitles.map((entry) => (
              <div key={entry.lang} className="contents">
                <dt className="font-medium">{td(`title_${entry.lang}`)}</dt>
                <dd lang={entry.lang} dir={entry.lang === "ar" ? "rtl" : "ltr"} className="text-start">
                  {entry.text}
                </dd>
              </div>
            ))}
            <dt className="font-medium">{td("programme")}</dt>
            <dd>
              {project.programmeId && programme ? (
                canReadProgrammes ? (
                  <Link href={`/programmes/${project.programmeId}`} className="text-primary hover:underline">
                    {programme}
                  </Link>
                ) : (
                  programme
                )
              ) : (
                "—"
              )}
            </dd>
            <dt className="font-medium">{td("partnerCountry")}</dt>
            <dd>{country ?? "—"}</dd>
            <dt className="font-medium">{td("plannedPeriod")}</dt>
            <dd data-testid="planned-period">{formatPeriod(project.plannedStart, project.plannedEnd, locale, td) || "—"}</dd>
            <dt className="font-medium">{td("actualPeriod")}</dt>
            <dd>{formatPeriod(project.actualStart, project.actualEnd, locale, td) || "—"}</dd>
            <dt className="font-medium">{td("phases")}</dt>
            <dd>
              {stored.phases.length === 0 ? (
                "—"
              ) : (
                <ol className="flex flex-col gap-0.5" data-testid="phases">
                  {stored.phases.map((phase) => (
                    <li key={phase.id}>
                      {t(`phases.${phase.phase}`)}
                      {phase.plannedMonths !== null && ` · ${td("months", { count: phase.plannedMonths })}`}
                      {(phase.plannedStart || phase.plannedEnd) && ` · ${formatPeriod(phase.plannedStart, phase.plannedEnd, locale, td)}`}
                    </li>
                  ))}
                </ol>
              )}
            </dd>
            <dt className="font-medium">{td("budget")}</dt>
            <dd data-testid="budget">
              {budget ? (
                <>
                  <bdi>{budget}</bdi>
                  {project.budgetKind && <span className="text-muted-foreground"> · {t(`budgetKinds.${project.budgetKind}`)}</span>}
                </>
              ) : (
                "—"
              )}
            </dd>
            <dt className="font-medium">{td("fundingSource")}</dt>
            <dd dir="auto" className="text-start">
              {project.fundingSource ?? "—"}
            </dd>
            {stored.complements && (
              <>
                <dt className="font-medium">{td("complements")}</dt>
                <dd>
                  <Link href={`/projects/${stored.complements.id}`} className="text-primary hover:underline">
                    <bdi>{projectLabel(stored.complements, locale)}</bdi>
                  </Link>
                </dd>
              </>
            )}
            {project.notes && (
              <>
                <dt className="font-medium">{td("notes")}</dt>
                <dd className="whitespace-pre-line" dir="auto">
                  {project.notes}
                </dd>
              </>
            )}
          </dl>
        </SectionCard>

        <SectionCard title={td("objectives")}>
          {stored.objectives.length === 0 ? (
            <p className="text-muted-foreground">{td("noObjectives")}</p>
          ) : (
            <ol className="flex list-decimal flex-col gap-2 ps-5 text-sm" data-testid="objectives">
              {stored.objectives.map((objective) => (
                <li key={objective.id} dir="auto">
                  {objective.text}
                </li>
              ))}
            </ol>
          )}
        </SectionCard>
      </div>

      <div className="grid gap-6 lg:grid-cols-3">
        <SectionCard title={td("partnersByRole")} className="lg:col-span-2">
          {byRole.size === 0 ? (
            <p className="text-muted-foreground">{td("noPartners")}</p>
          ) : (
            <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]" data-testid="partners-by-role">
              {[...byRole.entries()].map(([role, partners]) => (
                <div key={role} className="contents" data-role={role}>
                  <dt className="font-medium">
                    {t(`roles.${role}`)}
                    {partners[0]?.iatiCode != null && <span className="block text-xs font-normal text-muted-foreground">{td("iatiRole", { code: partners[0].iatiCode })}</span>}
                  </dt>
                  <dd>
                    <ul className="flex flex-col gap-1">
                      {partners.map((partner) => (
                        <li key={partner.id} data-testid="partner" data-role={role}>
                          <bdi>{organisationLabel(partner, locale)}</bdi>
                          {partner.note && (
                            <span className="block text-xs text-muted-foreground" dir="auto">
                              {partner.note}
                            </span>
                          )}
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </SectionCard>

        <SectionCard title={td("steeringCommittee")} data-testid="steering-committee" contentClassName="flex flex-col gap-4 text-sm">
          <div>
            <h3 className="font-medium">{td("committeeOrganisations")}</h3>
            {committeeOrganisations.length === 0 ? (
              <p className="text-muted-foreground">{td("noneRecorded")}</p>
            ) : (
              <ul className="list-disc ps-5">
                {committeeOrganisations.map((partner) => (
                  <li key={partner.id}>
                    <bdi>{organisationLabel(partner, locale)}</bdi>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div>
            <h3 className="font-medium">{td("committeeUsers")}</h3>
            {stored.committeeUsers.length === 0 ? (
              <p className="text-muted-foreground">{td("noneRecorded")}</p>
            ) : (
              <ul className="list-disc ps-5">
                {stored.committeeUsers.map((member) => (
                  <li key={member.id}>
                    <bdi>{member.name}</bdi>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div>
            <h3 className="font-medium">{td("committeeSessions")}</h3>
            {committeeSessions.length === 0 ? (
              <p className="text-muted-foreground">{td("noneRecorded")}</p>
            ) : (
              <ul className="list-disc ps-5">
                {committeeSessions.map((session) => (
                  <li key={session.activity.id}>
                    {formatPartialDateRange(session.activity.plannedOn, session.activity.plannedEndOn, locale) || td("notDated")}
                    {" · "}
                    {t(`activityStatuses.${session.activity.status}`)}
                    {session.activity.meetingId && canReadMeetings && (
                      <>
                        {" · "}
                        <Link href={`/meetings/${session.activity.meetingId}`} className="text-primary hover:underline">
                          {td("openMeeting")}
                        </Link>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </SectionCard>
      </div>

      <SectionCard title={td("timeline")}>
        {timeline ? (
          <ProjectTimeline
            timeline={timeline}
            locale={locale}
            places={Object.fromEntries(stored.milestones.map((m) => [m.activity.id, place(m).city ?? place(m).country ?? ""]))}
          />
        ) : (
          <p className="text-muted-foreground">{td("noTimeline")}</p>
        )}
      </SectionCard>

      <SectionCard title={td("milestones")}>
        <MilestonesTable
          projectId={id}
          rows={milestoneRows}
          canCreate={canCreateMilestones}
          canUpdate={canUpdateMilestones}
          canOpenMeetings={canReadMeetings}
          countries={choices?.countries ?? []}
          meetings={choices?.meetings ?? []}
        />
      </SectionCard>

      <MilestoneReviews user={user} projectId={id} locale={locale} />

      {(canReadMeetings || can(user.role, "read", "agreement")) && (
        <div className="grid gap-6 lg:grid-cols-2">
          {canReadMeetings && (
            <SectionCard title={td("relatedMeetings")}>
              {stored.relatedMeetings.length === 0 ? (
                <p className="text-muted-foreground">{td("noRelatedMeetings")}</p>
              ) : (
                <ul className="flex flex-col gap-1 text-sm">
                  {stored.relatedMeetings.map((meeting) => (
                    <li key={meeting.id}>
                      <Link href={`/meetings/${meeting.id}`} className="text-primary hover:underline">
                        {formatPartialDateRange(meeting.startsOn, meeting.endsOn, locale)}
                      </Link>
                      {meeting.firstCounterpart && (
                        <>
                          {" · "}
                          <bdi>{meeting.firstCounterpart}</bdi>
                        </>
                      )}
                      {meeting.city && ` · ${meeting.city}`}
                    </li>
                  ))}
                </ul>
              )}
            </SectionCard>
          )}
          {can(user.role, "read", "agreement") && (
            <SectionCard title={td("relatedAgreements")}>
              {stored.relatedAgreements.length === 0 ? (
                <p className="text-muted-foreground">{td("noRelatedAgreements")}</p>
              ) : (
                <ul className="flex flex-col gap-1 text-sm">
                  {stored.relatedAgreements.map((agreement) => (
                    <li key={agreement.id}>
                      <Link href={`/agreements/${agreement.id}`} className="text-primary hover:underline" dir="auto">
                        {localizedName({ nameAr: agreement.titleAr, nameFr: agreement.titleFr, nameEn: agreement.titleEn }, locale, `#${agreement.id}`)}
                      </Link>
                      {agreement.signedOn && ` · ${formatPartialDate(agreement.signedOn, locale)}`}
                    </li>
                  ))}
                </ul>
              )}
            </SectionCard>
          )}
        </div>
      )}

      <StoredRecordHistory record={project} stored={stored} locale={locale} />
    </article>
  );
}
