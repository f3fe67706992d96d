import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { SectionCard } from "@/components/shell/record-page";
import { Badge } from "@/components/ui/badge";
import { ListOrEmpty } from "@/components/sections/list-or-empty";
import type { Locale } from "@/lib/i18n/config";
import { organisationLabel } from "@/lib/organisations/display";
import type { ProjectPageView } from "@/lib/projects/view";

/** The project page's partners by role and its steering committee (organisations, app users, sessions). */
export async function ProjectPartners({ view, locale }: { view: ProjectPageView; locale: Locale }) {
  const t = await getTranslations("projects");
  const td = await getTranslations("projects.detail");
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <SectionCard title={td("partnersByRole")} className="lg:col-span-2">
        {view.partnersByRole.length === 0 ? (
          <p className="text-muted-foreground">{td("noPartners")}</p>
        ) : (
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]" data-testid="partners-by-role">
            {view.partnersByRole.map(({ role, iatiCode, partners }) => (
              <div key={role} className="contents" data-role={role}>
                <dt className="font-medium">
                  {t(`roles.${role}`)}
                  {iatiCode != null && <span className="block text-xs font-normal text-muted-foreground">{td("iatiRole", { code: iatiCode })}</span>}
                </dt>
                <dd>
                  <ul className="flex flex-col gap-1">
                    {partners.map((partner) => (
                      <li key={partner.id} data-testid="partner" data-role={role}>
                        <bdi>{organisationLabel(partner, locale)}</bdi>
                        {partner.roleDerived && (
                          <Badge variant="outline" className="ms-2" title={t("roleDerivedHint")} data-testid="role-derived">
                            {t("roleDerived")}
                          </Badge>
                        )}
                        {partner.note && (
                          <span className="block text-xs text-muted-foreground">
                            <bdi>{partner.note}</bdi>
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
        <CommitteeList title={td("committeeOrganisations")} count={view.committeeOrganisations.length} empty={td("noneRecorded")}>
          {view.committeeOrganisations.map((partner) => (
            <li key={partner.id}>
              <bdi>{organisationLabel(partner, locale)}</bdi>
            </li>
          ))}
        </CommitteeList>
        <CommitteeList title={td("committeeUsers")} count={view.committeeUsers.length} empty={td("noneRecorded")}>
          {view.committeeUsers.map((member) => (
            <li key={member.id}>
              <bdi>{member.name}</bdi>
            </li>
          ))}
        </CommitteeList>
        <CommitteeList title={td("committeeSessions")} count={view.committeeSessions.length} empty={td("noneRecorded")}>
          {view.committeeSessions.map((session) => (
            <li key={session.id}>
              {session.when}
              {" · "}
              {t(`activityStatuses.${session.status}`)}
              {session.meetingId && (
                <>
                  {" · "}
                  <Link href={`/meetings/${session.meetingId}`} className="text-primary hover:underline">
                    {td("openMeeting")}
                  </Link>
                </>
              )}
            </li>
          ))}
        </CommitteeList>
      </SectionCard>
    </div>
  );
}

/** One part of the steering committee (its organisations, members or sessions), or "none recorded". */
function CommitteeList({ title, count, empty, children }: { title: string; count: number; empty: string; children: React.ReactNode }) {
  return (
    <div>
      <h3 className="font-medium">{title}</h3>
      <ListOrEmpty count={count} empty={empty} className="list-disc ps-5">
        {children}
      </ListOrEmpty>
    </div>
  );
}
