import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { SectionCard } from "@/components/shell/record-page";
import { formatPeriod } from "@/lib/dates/partial-date-input";
import type { Locale } from "@/lib/i18n/config";
import type { ProjectPageView } from "@/lib/projects/view";

/** The project page's overview card (titles, programme, country, periods, phases, budget…) and its objectives. */
export async function ProjectOverview({ view, locale }: { view: ProjectPageView; locale: Locale }) {
  const t = await getTranslations("projects");
  const td = await getTranslations("projects.detail");
  const { project } = view;
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <SectionCard title={td("overview")} className="lg:col-span-2">
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
          {view.otherTitles.map((entry) => (
            <div key={entry.lang} className="contents">
              <dt className="font-medium">{td(`title_${entry.lang}`)}</dt>
              <dd lang={entry.lang} dir={entry.lang === "ar" ? "rtl" : "ltr"} className="text-start">
                {entry.text}
              </dd>
            </div>
          ))}
          <dt className="font-medium">{td("programme")}</dt>
          <dd>
            {project.programmeId && view.programme ? (
              view.reads.programme ? (
                <Link href={`/programmes/${project.programmeId}`} className="text-primary hover:underline">
                  {view.programme}
                </Link>
              ) : (
                view.programme
              )
            ) : (
              "—"
            )}
          </dd>
          <dt className="font-medium">{td("partnerCountry")}</dt>
          <dd>{view.country ?? "—"}</dd>
          <dt className="font-medium">{td("plannedPeriod")}</dt>
          <dd data-testid="planned-period">{formatPeriod(project.plannedStart, project.plannedEnd, locale, td) || "—"}</dd>
          <dt className="font-medium">{td("actualPeriod")}</dt>
          <dd>{formatPeriod(project.actualStart, project.actualEnd, locale, td) || "—"}</dd>
          <dt className="font-medium">{td("phases")}</dt>
          <dd>
            {view.phases.length === 0 ? (
              "—"
            ) : (
              <ol className="flex flex-col gap-0.5" data-testid="phases">
                {view.phases.map((phase) => (
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
            {view.budget ? (
              <>
                <bdi>{view.budget}</bdi>
                {project.budgetKind && <span className="text-muted-foreground"> · {t(`budgetKinds.${project.budgetKind}`)}</span>}
              </>
            ) : (
              "—"
            )}
          </dd>
          <dt className="font-medium">{td("fundingSource")}</dt>
          <dd>{project.fundingSource ? <bdi>{project.fundingSource}</bdi> : "—"}</dd>
          {view.complements && (
            <>
              <dt className="font-medium">{td("complements")}</dt>
              <dd>
                <Link href={`/projects/${view.complements.id}`} className="text-primary hover:underline">
                  <bdi>{view.complementsLabel}</bdi>
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
        {view.objectives.length === 0 ? (
          <p className="text-muted-foreground">{td("noObjectives")}</p>
        ) : (
          // Objectives are held in the language they were written in (Arabic for the seed): each
          // item takes its own direction, with its number inside it, on the item's start side.
          <ol className="flex list-inside list-decimal flex-col gap-2 text-sm" data-testid="objectives">
            {view.objectives.map((objective) => {
              const arabic = /[\u0600-\u06FF]/.test(objective.text);
              return (
                <li key={objective.id} dir={arabic ? "rtl" : "auto"} lang={arabic ? "ar" : undefined}>
                  {objective.text}
                </li>
              );
            })}
          </ol>
        )}
      </SectionCard>
    </div>
  );
}
