import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { HomeCard } from "@/components/home/home-card";
import type { fetchMyFollowUps, fetchOpenFollowUpsConcerning, fetchOverdueByOwner } from "@/lib/follow-ups/queries";
import type { Locale } from "@/lib/i18n/config";
import { FollowUpList, followUpOwnerLabel } from "./follow-up-list";

/** The home's "my follow-ups": open, overdue first, with the buttons that close them. */
export async function MyFollowUpsCard({ followUps, locale }: { followUps: ReturnType<typeof fetchMyFollowUps>; locale: Locale }) {
  const t = await getTranslations("followUps");
  return (
    <HomeCard
      data-testid="my-follow-ups"
      title={t("mine")}
      count={{ value: followUps.total, alert: followUps.overdue > 0, label: t("openCount", { count: followUps.total }) }}
      description={t("mineHelp", { overdue: followUps.overdue })}
      empty={followUps.rows.length === 0 && t("noneOpen")}
    >
      <FollowUpList rows={followUps.rows} locale={locale} mayClose={followUps.mayClose} showOwner={false} />
    </HomeCard>
  );
}

/** The supervisor's overdue follow-ups, grouped by owner. */
export async function OverdueByOwnerCard({ overdue, locale }: { overdue: ReturnType<typeof fetchOverdueByOwner>; locale: Locale }) {
  const t = await getTranslations("followUps");
  return (
    <HomeCard
      data-testid="overdue-by-owner"
      title={t("overdueByOwner")}
      count={{ value: overdue.total, alert: overdue.total > 0 }}
      description={t("overdueByOwnerHelp")}
      empty={overdue.owners.length === 0 && t("noneOverdue")}
      contentClassName="flex flex-col gap-4"
    >
      {overdue.owners.map((group) => (
        <section key={group.key} aria-label={followUpOwnerLabel(group.rows[0]!, locale) ?? t("noOwner")} className="flex flex-col gap-1">
          <h3 className="flex items-center gap-2 text-sm font-semibold">
            <bdi>{followUpOwnerLabel(group.rows[0]!, locale) ?? t("noOwner")}</bdi>
            <Badge variant="outline">{group.rows.length}</Badge>
          </h3>
          <FollowUpList rows={group.rows} locale={locale} mayClose={overdue.mayClose} showOwner={false} />
        </section>
      ))}
      {overdue.total > overdue.shown && <p className="text-sm text-muted-foreground">{t("overdueShownOf", { shown: overdue.shown, total: overdue.total })}</p>}
    </HomeCard>
  );
}

/** A person's or an organisation's page: the open follow-ups that concern them. */
export async function ConcerningFollowUpsCard({ followUps, locale }: { followUps: ReturnType<typeof fetchOpenFollowUpsConcerning>; locale: Locale }) {
  const t = await getTranslations("followUps");
  return (
    <HomeCard
      data-testid="concerning-follow-ups"
      title={t("concerning")}
      count={{ value: followUps.total, alert: followUps.overdue > 0 }}
      description={t("concerningHelp")}
      empty={followUps.rows.length === 0 && t("noneOpen")}
    >
      <FollowUpList rows={followUps.rows} locale={locale} mayClose={followUps.mayClose} />
    </HomeCard>
  );
}
