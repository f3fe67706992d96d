/**
 * The sections of a country profile, shared by the screen page and the printed briefing:
 * meetings, projects, agreements, events and partners, each newest first.
 */
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { SeeAllLink } from "@/components/shell/see-all-link";
import { AgreementList } from "@/components/agreements/agreement-list";
import { organisationLabel } from "@/lib/agreements/display";
import type { CountryProfile } from "@/lib/countries/queries";
import { dateLocales, formatPartialDateRange } from "@/lib/dates/partial-date";
import type { Locale } from "@/lib/i18n/config";
import { localizedName, localizedText } from "@/lib/i18n/localized";
import { LocalizedText } from "@/components/shell/localized-text";
import { formatMoney } from "@/lib/money/money";
import { cn } from "@/lib/utils";
import { JoinedList } from "@/components/shell/joined-list";
import { LabelledSection } from "@/components/sections/labelled-section";
import { ListOrEmpty } from "@/components/sections/list-or-empty";

type Props = { profile: CountryProfile; locale: Locale; print?: boolean };

/** A titled block; on paper it keeps its heading with what follows. */
export function ProfileSection({ id, title, count, print, children }: { id: string; title: string; count?: number; print?: boolean; children: React.ReactNode }) {
  return (
    <LabelledSection
      id={id}
      title={
        <>
          {title}
          {count !== undefined && <span className="rounded-full bg-muted px-2 text-xs font-normal tabular-nums text-muted-foreground">{count}</span>}
        </>
      }
      className={print ? "briefing-section" : "rounded-xl border bg-card p-4 shadow-sm"}
      headingClassName={cn("flex items-center gap-2 font-semibold", print ? "border-b pb-1 text-base" : "text-lg")}
      data-testid={`section-${id}`}
    >
      {children}
    </LabelledSection>
  );
}

/** Marks a record that is new, edited or sent back: not yet validated, so not to be quoted as settled. */
export function NotValidatedBadge({ label }: { label: string }) {
  return (
    <Badge variant="warning" className="text-xs" data-testid="not-validated">
      {label}
    </Badge>
  );
}

/** A budget (hundredths, lib/money) as on the project page: currency, cents only when there are any, Latin digits. */
export function formatBudget(hundredths: number, currency: string, locale: Locale): string {
  return formatMoney(hundredths, currency, dateLocales[locale]);
}

function MaybeLink({ href, print, children, className }: { href: string; print?: boolean; children: React.ReactNode; className?: string }) {
  return print ? <span className={className}>{children}</span> : <Link href={href} className={cn("text-primary hover:underline", className)}>{children}</Link>;
}

export async function CountryMeetings({ profile, locale, print }: Props) {
  const t = await getTranslations("countries");
  const tm = await getTranslations("meetings");
  return (
    <ProfileSection id="meetings" title={t("sections.meetings")} count={profile.totals.meetings} print={print}>
      <ListOrEmpty ordered count={profile.meetings.length} empty={t("noMeetings")} className="flex flex-col divide-y">
        {profile.meetings.map((m) => {
          const event = localizedName({ nameAr: m.eventNameAr, nameFr: m.eventNameFr, nameEn: m.eventNameEn }, locale);
          return (
            <li key={m.id} className="flex flex-col gap-1 py-2 break-inside-avoid" data-testid="country-meeting">
              <p className="flex flex-wrap items-center gap-2">
                <MaybeLink href={`/meetings/${m.id}`} print={print} className="font-medium">
                  {formatPartialDateRange(m.startsOn, m.endsOn, locale)}
                </MaybeLink>
                <Badge variant="secondary">{tm(`kinds.${m.kind}`)}</Badge>
                {m.validationStatus !== "validated" && <NotValidatedBadge label={t("notValidated")} />}
                {m.city && <bdi className="text-sm text-muted-foreground">{m.city}</bdi>}
                {event && <span className="text-sm text-muted-foreground">· {event}</span>}
              </p>
              {m.counterparts.length > 0 && (
                <p>
                  <JoinedList
                    items={m.counterparts}
                    locale={locale}
                    itemKey={(c) => c.personId}
                    render={(c) => (
                    <span>
                      <MaybeLink href={`/people/${c.personId}`} print={print}>
                        <bdi>{c.name}</bdi>
                      </MaybeLink>
                      {c.titleAtMeeting && (
                        <span className="text-muted-foreground">
                          {" ("}
                          <bdi>{c.titleAtMeeting}</bdi>
                          {")"}
                        </span>
                      )}
                    </span>
                    )}
                  />
                </p>
              )}
              {print && m.topics && (
                <p className="text-sm" dir="auto">
                  {m.topics}
                </p>
              )}
              {print && m.outcome && (
                <p className="text-sm text-muted-foreground" dir="auto">
                  {m.outcome}
                </p>
              )}
            </li>
          );
        })}
      </ListOrEmpty>
      <SeeAllLink href={`/meetings?country=${profile.country.code}`} total={profile.totals.meetings} shown={profile.meetings.length} print={print} />
    </ProfileSection>
  );
}

export async function CountryProjects({ profile, locale, print }: Props) {
  const t = await getTranslations("countries");
  const to = await getTranslations("organisations");
  return (
    <ProfileSection id="projects" title={t("sections.projects")} count={profile.totals.projects} print={print}>
      <ListOrEmpty ordered count={profile.projects.length} empty={t("noProjects")} className="flex flex-col divide-y">
        {profile.projects.map((p) => {
          const titleText = localizedText({ ar: p.titleAr, fr: p.titleFr, en: p.titleEn }, locale);
          return (
            <li key={p.id} className="flex flex-col gap-1 py-2 break-inside-avoid" data-testid="country-project">
              <p className="flex flex-wrap items-center gap-2">
                <MaybeLink href={`/projects/${p.id}`} print={print} className="font-medium">
                  {p.acronym ? <bdi>{p.acronym}</bdi> : <LocalizedText value={titleText} />}
                </MaybeLink>
                <Badge variant="outline">{t(`projectStatuses.${p.status}`)}</Badge>
                {p.validationStatus !== "validated" && <NotValidatedBadge label={t("notValidated")} />}
                <span className="text-sm text-muted-foreground">
                  {formatPartialDateRange(p.actualStart ?? p.plannedStart, p.plannedEnd, locale) || t("periodNotStated")}
                </span>
                {p.budgetHundredths !== null && p.budgetCurrency && <span className="text-sm text-muted-foreground" data-testid="country-project-budget">
                    · <bdi dir="ltr">{formatBudget(p.budgetHundredths, p.budgetCurrency, locale)}</bdi>
                  </span>}
              </p>
              {p.acronym && titleText && (
                <p className="text-sm" data-testid="country-project-title">
                  <LocalizedText value={titleText} />
                </p>
              )}
              {p.partners.length > 0 && (
                <p className="text-sm text-muted-foreground">
                  <JoinedList
                    items={p.partners}
                    locale={locale}
                    itemKey={(partner) => `${partner.organisationId}-${partner.partnerRole}`}
                    render={(partner) => (
                    <span>
                      <bdi>{partner.acronym ?? organisationLabel(partner, locale)}</bdi>
                      {` (${to.has(`partnerRoles.${partner.partnerRole}`) ? to(`partnerRoles.${partner.partnerRole}`) : partner.partnerRole})`}
                    </span>
                    )}
                  />
                </p>
              )}
            </li>
          );
        })}
      </ListOrEmpty>
      <SeeAllLink href={`/projects?country=${profile.country.code}`} total={profile.totals.projects} shown={profile.projects.length} print={print} />
    </ProfileSection>
  );
}

export async function CountryAgreements({ profile, locale, print }: Props) {
  const t = await getTranslations("countries");
  return (
    <ProfileSection id="agreements" title={t("sections.agreements")} count={profile.totals.agreements} print={print}>
      <AgreementList rows={profile.agreements} locale={locale} links={!print} notValidated={{ ids: profile.notValidated.agreements, label: t("notValidated") }} />
      <SeeAllLink href={`/agreements?country=${profile.country.code}`} total={profile.totals.agreements} shown={profile.agreements.length} print={print} />
    </ProfileSection>
  );
}

export async function CountryEvents({ profile, locale, print }: Props) {
  const t = await getTranslations("countries");
  const te = await getTranslations("events.editions");
  return (
    <ProfileSection id="events" title={t("sections.events")} count={profile.editions.length} print={print}>
      <ListOrEmpty ordered count={profile.editions.length} empty={t("noEvents")} className="flex flex-col divide-y">
        {profile.editions.map((e) => (
          <li key={e.id} className="flex flex-col gap-0.5 py-2 break-inside-avoid" data-testid="country-edition">
            <p>
              <MaybeLink href={`/events/${e.eventId}`} print={print} className="font-medium">
                <bdi>{localizedName({ nameAr: e.eventNameAr, nameFr: e.eventNameFr, nameEn: e.eventNameEn }, locale)}</bdi>
              </MaybeLink>
              {" — "}
              {e.number ? te("numbered", { n: e.number }) : te("unnumbered")}
            </p>
            <p className="text-sm text-muted-foreground">
              {formatPartialDateRange(e.startsOn, e.endsOn, locale)}
              {e.city && (
                <>
                  {" · "}
                  <bdi>{e.city}</bdi>
                </>
              )}
              {e.theme && (
                <>
                  {" · "}
                  {te("themeLabel")} <bdi>{e.theme}</bdi>
                </>
              )}
              {e.meetingCount > 0 && <> · {t("editionMeetings", { n: e.meetingCount })}</>}
            </p>
          </li>
        ))}
      </ListOrEmpty>
    </ProfileSection>
  );
}

export async function CountryPartners({ profile, locale, print }: Props) {
  const t = await getTranslations("countries");
  const to = await getTranslations("organisations");
  return (
    <ProfileSection id="partners" title={t("sections.partners")} count={profile.totals.organisations + profile.totals.people} print={print}>
      <div className={cn("grid gap-4", !print && "md:grid-cols-2")}>
        <PartnerColumn
          title={t("organisations")}
          count={profile.organisations.length}
          empty={t("noOrganisations")}
          seeAll={<SeeAllLink href={`/organisations?country=${profile.country.code}`} total={profile.totals.organisations} shown={profile.organisations.length} print={print} />}
        >
          {profile.organisations.map((o) => (
            <li key={o.id} className="break-inside-avoid">
              <MaybeLink href={`/organisations/${o.id}`} print={print}>
                <bdi>{organisationLabel(o, locale)}</bdi>
              </MaybeLink>
              <span className="text-muted-foreground"> · {to(`types.${o.type}`)}</span>
              {profile.notValidated.organisations.has(o.id) && (
                <>
                  {" "}
                  <NotValidatedBadge label={t("notValidated")} />
                </>
              )}
            </li>
          ))}
        </PartnerColumn>
        <PartnerColumn
          title={t("people")}
          count={profile.people.length}
          empty={t("noPeople")}
          seeAll={<SeeAllLink href={`/people?country=${profile.country.code}`} total={profile.totals.people} shown={profile.people.length} print={print} />}
        >
          {profile.people.map((p) => (
            <li key={p.id} className="break-inside-avoid">
              <MaybeLink href={`/people/${p.id}`} print={print}>
                <bdi>{p.name}</bdi>
              </MaybeLink>
              {p.latestTitle && (
                <span className="text-muted-foreground">
                  {" — "}
                  <bdi>{p.latestTitle}</bdi>
                </span>
              )}
              {profile.notValidated.people.has(p.id) && (
                <>
                  {" "}
                  <NotValidatedBadge label={t("notValidated")} />
                </>
              )}
            </li>
          ))}
        </PartnerColumn>
      </div>
    </ProfileSection>
  );
}

/** One column of the partners section (organisations, people): its heading, its list, its "see all". */
function PartnerColumn({ title, count, empty, seeAll, children }: { title: string; count: number; empty: string; seeAll: React.ReactNode; children: React.ReactNode }) {
  return (
    <div>
      <h3 className="mb-1 text-sm font-semibold">{title}</h3>
      <ListOrEmpty count={count} empty={empty} emptyClassName="text-sm" className="flex flex-col gap-1 text-sm">
        {children}
      </ListOrEmpty>
      {seeAll}
    </div>
  );
}
