import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { SectionCard } from "@/components/shell/record-page";
import type { ProjectPageView } from "@/lib/projects/view";

/** Meetings and agreements related to a project, each shown only to those who may read them. */
export async function ProjectRelated({ view }: { view: ProjectPageView }) {
  const td = await getTranslations("projects.detail");
  if (!view.reads.meeting && !view.reads.agreement) return null;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      {view.reads.meeting && (
        <SectionCard title={td("relatedMeetings")}>
          {view.relatedMeetings.length === 0 ? (
            <p className="text-muted-foreground">{td("noRelatedMeetings")}</p>
          ) : (
            <ul className="flex flex-col gap-1 text-sm">
              {view.relatedMeetings.map((meeting) => (
                <li key={meeting.id}>
                  <Link href={`/meetings/${meeting.id}`} className="text-primary hover:underline">
                    {meeting.when}
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
      {view.reads.agreement && (
        <SectionCard title={td("relatedAgreements")}>
          {view.relatedAgreements.length === 0 ? (
            <p className="text-muted-foreground">{td("noRelatedAgreements")}</p>
          ) : (
            <ul className="flex flex-col gap-1 text-sm">
              {view.relatedAgreements.map((agreement) => (
                <li key={agreement.id}>
                  <Link href={`/agreements/${agreement.id}`} className="text-primary hover:underline" dir="auto">
                    {agreement.title}
                  </Link>
                  {agreement.signedOn && ` · ${agreement.signedOn}`}
                </li>
              ))}
            </ul>
          )}
        </SectionCard>
      )}
    </div>
  );
}
