import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { AlertTriangle, CalendarClock, ListChecks } from "@/components/ui/icons";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { SupervisorDashboard as Figures } from "@/lib/dashboard/queries";
import { DUE_SOON_DAYS, lastDayOfMonth, MEETING_MONTHS, type DashboardFilters } from "@/lib/dashboard/schema";
import { formatPartialDate } from "@/lib/dates/partial-date";
import type { Locale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";
import { formatCount } from "@/lib/i18n/numbers";
import { BarList } from "./bar-list";
import { MonthChart } from "./month-chart";
import { HomeCard, HomeHeader } from "@/components/home/home-card";
import { cn } from "@/lib/utils";

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== "") search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : "";
}

type MilestoneRow = Figures["lateMilestones"]["rows"][number];

async function MilestoneList({
  title,
  description,
  total,
  rows,
  locale,
  testId,
  icon,
  tone,
}: {
  title: string;
  description: string;
  total: number;
  rows: MilestoneRow[];
  locale: Locale;
  testId: string;
  icon: React.ReactNode;
  tone: "destructive" | "warning";
}) {
  const t = await getTranslations("dashboard");
  return (
    <HomeCard
      data-testid={testId}
      icon={icon}
      title={title}
      count={{ value: total, alert: total > 0, tone, className: "text-sm", testId: `${testId}-total` }}
      description={description}
    >
      {rows.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("none")}</p>
      ) : (
        <ul className="flex flex-col divide-y text-sm">
          {rows.map((row) => (
            <li key={row.id} className="flex items-start justify-between gap-3 py-2">
              <div className="min-w-0">
                <Link href={`/projects/${row.projectId}`} className="font-medium text-primary underline-offset-4 hover:underline" dir="auto">
                  {row.title}
                </Link>
                <p className="text-muted-foreground">
                  <bdi>
                    {row.projectAcronym ??
                      localizedName({ nameAr: row.projectTitleAr, nameFr: row.projectTitleFr, nameEn: row.projectTitleEn }, locale)}
                  </bdi>
                </p>
              </div>
              <span className="shrink-0 whitespace-nowrap text-muted-foreground">{formatPartialDate(row.plannedOn, locale)}</span>
            </li>
          ))}
        </ul>
      )}
      {total > rows.length && <p className="mt-2 text-sm text-muted-foreground">{t("andMore", { count: total - rows.length })}</p>}
    </HomeCard>
  );
}

/**
 * The supervisor's home: the portfolio at a glance, every figure linked to the records behind it.
 * Figures come from lib/dashboard/queries.ts (SQL aggregates).
 */
export async function SupervisorDashboard({
  figures,
  filters,
  filterForm,
  locale,
  name,
}: {
  figures: Figures;
  filters: DashboardFilters;
  filterForm: React.ReactNode;
  locale: Locale;
  name: string;
}) {
  const t = await getTranslations("dashboard");
  const tp = await getTranslations("projects.statuses");
  const ta = await getTranslations("agreements.statuses");
  const tf = await getTranslations("meetings.followUpStatuses");
  const { country, funder } = filters;
  const projectTotal = figures.projectsByStatus.reduce((sum, r) => sum + r.count, 0);
  const agreementTotal = figures.agreementsBySigningStatus.reduce((sum, r) => sum + r.count, 0);
  const meetingTotal = figures.meetingsPerMonth.reduce((sum, r) => sum + r.count, 0);
  return (
    <div className="flex flex-col gap-6">
      <HomeHeader title={t("title")} intro={t.rich("welcome", { name, bdi: (chunks) => <bdi>{chunks}</bdi> })} />
      {filterForm}

      {/* One column of minmax(0, 1fr) below lg, not the implicit auto one: a card's content (the
          chart's 120 columns) must not widen the page. */}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <HomeCard data-testid="projects-by-status" title={t("projectsByStatus")} description={t("totalProjects", { count: projectTotal })}>
          <BarList
            testIdPrefix="projects-status"
            bars={figures.projectsByStatus.map((row) => ({
              key: row.status,
              label: tp(row.status),
              count: row.count,
              href: `/projects${query({ status: row.status, country, funder })}`,
            }))}
          />
        </HomeCard>

        <HomeCard data-testid="agreements-by-status" title={t("agreementsByStatus")} description={t("totalAgreements", { count: agreementTotal })}>
          <BarList
            testIdPrefix="agreements-status"
            tone="warning"
            bars={figures.agreementsBySigningStatus.map((row) => ({
              key: row.status,
              label: ta(row.status),
              count: row.count,
              href: `/agreements${query({ status: row.status, country })}`,
            }))}
          />
        </HomeCard>

        <Card className="gap-4 lg:col-span-2" data-testid="overdue-projects">
          <CardHeader className="flex flex-row flex-wrap items-center gap-3">
            <AlertTriangle aria-hidden className="size-5 text-destructive" />
            <CardTitle>
              <h2>{t("overdueProjects")}</h2>
            </CardTitle>
            <Link
              href={`/projects${query({ overdue: "1", country, funder })}`}
              className="ms-auto text-2xl font-bold text-destructive hover:underline"
              data-testid="overdue-projects-total"
              aria-label={t("overdueProjectsLink", { count: figures.overdueProjects })}
            >
              {formatCount(figures.overdueProjects, locale)}
            </Link>
            <CardDescription className="basis-full">{t("overdueProjectsHelp")}</CardDescription>
          </CardHeader>
        </Card>

        {(
          [
            { testId: "late-milestones", list: figures.lateMilestones, title: t("lateMilestones"), description: t("lateHelp"), tone: "destructive", icon: <AlertTriangle aria-hidden className="size-5 text-destructive" /> },
            { testId: "due-soon", list: figures.dueSoon, title: t("dueSoon", { days: DUE_SOON_DAYS }), description: t("dueSoonHelp"), tone: "warning", icon: <CalendarClock aria-hidden className="size-5 text-warning-foreground" /> },
          ] as const
        ).map(({ list, ...card }) => (
          <MilestoneList key={card.testId} {...card} total={list.total} rows={list.rows} locale={locale} />
        ))}

        <Card className="min-w-0 gap-4 lg:col-span-2" data-testid="meetings-chart">
          <CardHeader>
            <CardTitle>
              <h2>
                {figures.meetingPeriod === "recent"
                  ? t("meetingsPerMonth", { months: MEETING_MONTHS })
                  : t("meetingsPerMonthBetween", { from: formatPartialDate(figures.meetingsPerMonth[0]!.month, locale), to: formatPartialDate(figures.meetingsPerMonth.at(-1)!.month, locale) })}
              </h2>
            </CardTitle>
            <nav aria-label={t("periodLabel")} className="flex w-fit rounded-md border p-0.5 text-xs" data-testid="chart-period">
              {(["recent", "all"] as const).map((p) => (
                <Link
                  key={p}
                  href={query({ country, funder, period: p })  || "/"}
                  aria-current={figures.meetingPeriod === p ? "page" : undefined}
                  className={cn("rounded px-2 py-1", figures.meetingPeriod === p ? "bg-secondary font-medium" : "hover:bg-accent")}
                >
                  {p === "recent" ? t("periodRecent", { months: MEETING_MONTHS }) : t("periodAll")}
                </Link>
              ))}
            </nav>
            <CardDescription>
              {t("totalMeetings", { count: meetingTotal })}
              {figures.meetingsDatedByYearOnly > 0 && ` ${t("yearOnly", { count: figures.meetingsDatedByYearOnly })}`}
            </CardDescription>
          </CardHeader>
          <CardContent>
            <MonthChart
              months={figures.meetingsPerMonth}
              locale={locale}
              countLabel={(count) => t("meetingCount", { count })}
              table={{ summary: t("meetingsTable"), month: t("meetingsTableMonth"), count: t("meetingsTableCount") }}
              hrefFor={(month) => `/meetings${query({ from: `${month}-01`, to: lastDayOfMonth(month), country })}`}
            />
          </CardContent>
        </Card>

        <Card className="gap-4 lg:col-span-2" data-testid="follow-ups">
          <CardHeader>
            <CardTitle className="flex flex-wrap items-center gap-2">
              <ListChecks aria-hidden className="size-5" />
              <h2>{t("followUps")}</h2>
            </CardTitle>
            <CardDescription className="flex flex-wrap gap-4">
              <span>
                {t("followUpsOpen")} <strong data-testid="follow-ups-open">{formatCount(figures.followUps.open, locale)}</strong>
              </span>
              <span>
                {t("followUpsOverdue")} <strong className="text-destructive" data-testid="follow-ups-overdue">{formatCount(figures.followUps.overdue, locale)}</strong>
              </span>
            </CardDescription>
          </CardHeader>
          <CardContent>
            {figures.followUps.rows.length === 0 ? (
              <p className="text-sm text-muted-foreground">{t("none")}</p>
            ) : (
              <ul className="flex flex-col divide-y text-sm">
                {figures.followUps.rows.map((row) => (
                  <li key={row.id} className="flex flex-wrap items-start justify-between gap-3 py-2">
                    <div className="min-w-0">
                      <Link href={`/meetings/${row.meetingId}`} className="font-medium text-primary underline-offset-4 hover:underline" dir="auto">
                        {row.description}
                      </Link>
                      <p className="text-muted-foreground">
                        {t("meetingOf", { date: formatPartialDate(row.meetingStartsOn, locale) })}
                        {row.owner && (
                          <>
                            {" · "}
                            <bdi>{row.owner}</bdi>
                          </>
                        )}
                      </p>
                    </div>
                    <span className="flex shrink-0 items-center gap-2">
                      {row.overdue && <Badge variant="destructive">{t("overdue")}</Badge>}
                      <Badge variant="outline">{tf(row.status)}</Badge>
                      <span className="whitespace-nowrap text-muted-foreground">{row.dueOn ? formatPartialDate(row.dueOn, locale) : t("noDueDate")}</span>
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {figures.followUps.open > figures.followUps.rows.length && (
              <p className="mt-2 text-sm text-muted-foreground">{t("andMore", { count: figures.followUps.open - figures.followUps.rows.length })}</p>
            )}
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
