/**
 * The project page's view model: what the page shows beyond the stored rows (names in the reader's
 * language, the budget formatted, partners grouped by role, milestone rows for the table, the
 * timeline, the committee's reviews), so that the page only fetches and renders.
 */
import "server-only";
import { readBetweenWrites } from "@/lib/cache/read-cache";
import { dateLocales, formatPartialDate, formatPartialDateRange } from "@/lib/dates/partial-date";
import type { SessionUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import { localizedName, localizedText } from "@/lib/i18n/localized";
import { formatMoney } from "@/lib/money/money";
import { milestoneToFormValues } from "@/lib/milestones/form-values";
import { fetchMilestoneReviews } from "@/lib/reviews/queries";
import { projectFormChoices, projectLabel } from "./form-values";
import { fetchProject, fetchProjectFormOptions, type StoredProject } from "./queries";
import { buildTimeline } from "./timeline";

/**
 * A budget in its currency, in the reader's language with Latin digits, cents kept when present
 * ("4 600 000 €", "1 234,50 €"), exact (lib/money); null when the project has no amount or no currency.
 * @param hundredths the amount in hundredths of the currency's unit (projects.budget_hundredths)
 */
export function formatBudget(hundredths: number | null, currency: string | null, locale: Locale): string | null {
  if (hundredths === null || !currency) return null;
  return formatMoney(hundredths, currency, dateLocales[locale]);
}

/** A project's partners grouped by role, in the reference list's order (the rows come sorted so). */
export function groupPartnersByRole(partners: StoredProject["partners"]) {
  const byRole = new Map<string, StoredProject["partners"]>();
  for (const partner of partners) byRole.set(partner.role, [...(byRole.get(partner.role) ?? []), partner]);
  return [...byRole.entries()].map(([role, rows]) => ({ role, iatiCode: rows[0]?.iatiCode ?? null, partners: rows }));
}

/**
 * Everything the project page renders, or null when the project is not to be shown to the user
 * (missing, out of scope, or archived for someone who may not restore it).
 * @param today `YYYY-MM-DD`, the day lateness is judged on
 * @param notDated the interface's word for a milestone without a planned date
 * @throws ForbiddenError when the user may not read projects
 */
export const fetchProjectPage = readBetweenWrites("projects.page", (user: SessionUser, id: number, today: string, locale: Locale, notDated: string) => {
  const stored = fetchProject(user, id, today, { includeArchived: true });
  if (!stored) return null;
  const { project } = stored;
  const title = localizedName({ nameAr: project.titleAr, nameFr: project.titleFr, nameEn: project.titleEn }, locale);
  const place = (row: StoredProject["milestones"][number]) => ({
    city: row.activity.city,
    country: row.activity.countryCode
      ? localizedName({ nameAr: row.countryNameAr, nameFr: row.countryNameFr, nameEn: row.countryNameEn }, locale, row.activity.countryCode)
      : null,
  });
  const { createMilestones, updateMilestones } = stored.abilities;
  const choices = createMilestones || updateMilestones ? projectFormChoices(fetchProjectFormOptions(user), locale) : null;
  const partnersByRole = groupPartnersByRole(stored.partners);
  return {
    ...stored,
    label: projectLabel(project, locale),
    title,
    /** The title in the user's language, or the original marked as such (issue 14). */
    titleText: localizedText({ ar: project.titleAr, fr: project.titleFr, en: project.titleEn }, locale),
    otherTitles: (["ar", "fr", "en"] as const)
      .map((lang) => ({ lang, text: { ar: project.titleAr, fr: project.titleFr, en: project.titleEn }[lang] }))
      .filter((entry): entry is { lang: "ar" | "fr" | "en"; text: string } => !!entry.text && entry.text !== title),
    country: project.partnerCountryCode
      ? localizedName({ nameAr: stored.countryNameAr, nameFr: stored.countryNameFr, nameEn: stored.countryNameEn }, locale, project.partnerCountryCode)
      : null,
    programme: localizedName({ nameAr: stored.programmeNameAr, nameFr: stored.programmeNameFr, nameEn: stored.programmeNameEn }, locale) || null,
    complementsLabel: stored.complements ? projectLabel(stored.complements, locale) : null,
    budget: formatBudget(project.budgetHundredths, project.budgetCurrency, locale),
    partnersByRole,
    committeeOrganisations: partnersByRole.find((group) => group.role === "steering_committee_member")?.partners ?? [],
    committeeSessions: stored.milestones
      .filter((m) => m.activity.kind === "steering_committee_session")
      .map((m) => ({
        id: m.activity.id,
        when: formatPartialDateRange(m.activity.plannedOn, m.activity.plannedEndOn, locale) || notDated,
        status: m.activity.status,
        meetingId: stored.reads.meeting ? m.activity.meetingId : null,
      })),
    milestoneRows: stored.milestones.map((row) => ({
      id: row.activity.id,
      version: row.activity.version,
      title: row.activity.title,
      kind: row.activity.kind,
      status: row.activity.status,
      late: row.late,
      plannedLabel: formatPartialDateRange(row.activity.plannedOn, row.activity.plannedEndOn, locale) || notDated,
      actualLabel: formatPartialDate(row.activity.actualOn, locale),
      place: place(row),
      notes: row.activity.notes,
      meeting:
        row.activity.meetingId && row.meetingStartsOn
          ? { id: row.activity.meetingId, label: formatPartialDateRange(row.meetingStartsOn, row.meetingEndsOn, locale) }
          : null,
      formValues: milestoneToFormValues(row.activity),
    })),
    milestoneChoices: { countries: choices?.countries ?? [], linksMeetings: choices?.linksMeetings ?? false },
    timeline: buildTimeline({
      plannedStart: project.plannedStart,
      plannedEnd: project.plannedEnd,
      actualStart: project.actualStart,
      actualEnd: project.actualEnd,
      phases: stored.phases,
      milestones: stored.milestones.map((m) => ({ ...m.activity, late: m.late })),
      today,
    }),
    timelinePlaces: Object.fromEntries(stored.milestones.map((m) => [m.activity.id, place(m).city ?? place(m).country ?? ""])),
    relatedAgreements: stored.relatedAgreements.map((agreement) => ({
      id: agreement.id,
      title: localizedName({ nameAr: agreement.titleAr, nameFr: agreement.titleFr, nameEn: agreement.titleEn }, locale, `#${agreement.id}`),
      signedOn: formatPartialDate(agreement.signedOn, locale),
    })),
    relatedMeetings: stored.relatedMeetings.map((meeting) => ({ ...meeting, when: formatPartialDateRange(meeting.startsOn, meeting.endsOn, locale) })),
    reviews: stored.reads.milestone ? fetchMilestoneReviews(user, id) : null,
  };
});
export type ProjectPageView = NonNullable<ReturnType<typeof fetchProjectPage>>;
